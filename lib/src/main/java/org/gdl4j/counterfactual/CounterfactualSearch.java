package org.gdl4j.counterfactual;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.gdl4j.flow.LatentDecoder;
import org.gdl4j.nn.Model;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Diffeomorphic counterfactuals (Dombrowski, Gerken, Müller and Kessel, "Diffeomorphic Counterfactuals With
 * Generative Models", IEEE TPAMI 2023, arXiv 2206.05075): gradient ascent on the classifier's target score
 * {@code S = log p_t(g(z))} in the latent coordinates {@code z} of a generative model {@code g}. For a flow one
 * latent step moves the image by {@code λ J Jᵀ ∇ₓS + O(λ²)}, {@code J = ∂g/∂z}: Riemannian gradient ascent
 * for the metric pulled back from the latent space, which damps the directions a flow contracts (off the data
 * manifold). In pixel coordinates ({@link #inPixelSpace}) the same loop is an adversarial attack.
 *
 * <p>Per image, iterates {@code k = 0, 1, …, maxSteps}: decode {@code x_k = g(z_k)}, clamp its value to
 * {@code [0, 1]} (straight-through), evaluate {@code p_t(x_k)}; stop with {@link StopReason#THRESHOLD_REACHED}
 * at the first {@code k} with {@code p_t > τ}; otherwise take one optimiser step on {@code −S} (if
 * {@code k < maxSteps}; at {@code k = maxSteps} the search ends with {@link StopReason#BUDGET_EXHAUSTED}).
 * A batch runs its searches side by side; a finished image's latent no longer changes, so each result equals
 * that of a search on the image alone.
 *
 * <p>Shapes: images {@code [N, C, H, W]} with {@code [C, H, W]} the classifier's sample shape; latents
 * {@code [N, latentShape…]}; targets {@code N} class indices.
 */
public final class CounterfactualSearch {

    private final Model classifier;
    private final Chart chart;

    private CounterfactualSearch(Model classifier, Chart chart) {
        this.classifier = classifier;
        this.chart = chart;
    }

    /**
     * A search in the latent coordinates of a generative model.
     *
     * @param classifier the classifier to explain, of the decoder's precision
     * @param decoder the generative model
     * @return the search
     * @throws IllegalArgumentException if the decoder's image shape is not the classifier's sample shape
     */
    public static CounterfactualSearch inLatentSpace(Model classifier, LatentDecoder decoder) {
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(decoder, "decoder");
        if (!Arrays.equals(decoder.imageShape(), classifier.sampleShape())) {
            throw new IllegalArgumentException("expected a decoder of images " + Arrays.toString(classifier
                    .sampleShape()) + " (the classifier's input) but it decodes " + Arrays.toString(decoder
                    .imageShape()));
        }
        return new CounterfactualSearch(classifier, new DecoderChart(decoder));
    }

    /**
     * The pixel-space baseline: the image is its own coordinate vector, projected onto {@code [0, 1]} after
     * every step (a conventional adversarial example).
     *
     * @param classifier the classifier to explain
     * @return the search
     */
    public static CounterfactualSearch inPixelSpace(Model classifier) {
        Objects.requireNonNull(classifier, "classifier");
        return new CounterfactualSearch(classifier, new PixelChart(classifier.sampleShape()));
    }

    /** @return the shape of one coordinate vector */
    public long[] latentShape() {
        return chart.latentShape();
    }

    /**
     * Searches from the encoded images ({@code z_0 = encode(x)}; pixel space: {@code z_0 = x}).
     *
     * @param images {@code [N, C, H, W]} in {@code [0, 1]} (for a flow: dequantised, e.g. cell midpoints)
     * @param targets the target class of each image
     * @param config threshold, learning rate, budget
     * @return one result per image, in order
     */
    public List<Counterfactual> run(INDArray images, int[] targets, SearchConfig config) {
        Objects.requireNonNull(images, "images");
        Shapes.requireBatch(images, classifier.sampleShape(), "images");
        return runFrom(chart.encode(images), targets, config);
    }

    /**
     * Searches from given latents, e.g. fitted by {@link LatentFit} for a decoder without an encoder.
     *
     * @param latents {@code [N, latentShape…]}, finite
     * @param targets the target class of each latent
     * @param config threshold, learning rate, budget
     * @return one result per latent, in order
     */
    public List<Counterfactual> runFrom(INDArray latents, int[] targets, SearchConfig config) {
        Objects.requireNonNull(config, "config");
        validate(latents, targets);
        ScoreGraph graph = new ScoreGraph(classifier, chart, targets);
        INDArray start = latents.castTo(classifier.precision().dataType());
        return new SearchRun(graph, chart, config, start, targets).run();
    }

    /**
     * The score and its gradient in this search's coordinates, without any step: {@code ∇_z S = Jᵀ ∇ₓS}.
     *
     * @param latents {@code [N, latentShape…]}, finite
     * @param targets the target class of each latent
     * @return {@code S} and {@code ∇_z S}
     */
    public ScoreGradient scoreGradient(INDArray latents, int[] targets) {
        validate(latents, targets);
        INDArray at = latents.castTo(classifier.precision().dataType());
        ScoreGraph.Evaluation e = new ScoreGraph(classifier, chart, targets).evaluate(at);
        return new ScoreGradient(e.scores(), e.lossGradient().neg());
    }

    private void validate(INDArray latents, int[] targets) {
        Objects.requireNonNull(latents, "latents");
        Objects.requireNonNull(targets, "targets");
        Shapes.requireBatch(latents, chart.latentShape(), "latents");
        if (!Double.isFinite(latents.sumNumber().doubleValue())) {
            throw new IllegalArgumentException("expected finite latents but got NaN or infinite values");
        }
        if (targets.length != latents.size(0)) {
            throw new IllegalArgumentException("expected one target per image (" + latents.size(0) + ") but got "
                    + targets.length);
        }
        for (int t : targets) {
            if (t < 0 || t >= classifier.classes()) {
                throw new IllegalArgumentException("expected target classes in [0, " + classifier.classes()
                        + ") but got " + t);
            }
        }
    }
}
