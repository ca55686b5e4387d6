package org.gdl4j.counterfactual;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.gdl4j.flow.LatentDecoder;
import org.gdl4j.nn.Optimizer;
import org.gdl4j.nn.ParameterUpdater;
import org.gdl4j.nn.QuietStdout;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Latents for a decoder without an encoder, as for a GAN: {@code z* = argmin_z ‖g(z) − x‖²} by Adam from a
 * seeded start (GAN inversion; Creswell and Bharath, arXiv 1611.05644), built on
 * {@link LatentDecoder#decode(SameDiff, SDVariable, String)}. The fitted latents are the starting points that
 * {@link CounterfactualSearch#runFrom} takes. For a flow {@link LatentDecoder#encode} gives the exact answer and
 * this fit only approximates it; the objective need not be convex, so a fit can stop in a local minimum: check
 * {@link FittedLatents#errors()}, compare the counterfactual with {@code g(z*)}, not with {@code x}
 * ({@link Counterfactual#start()}), and try other seeds.
 *
 * <p>Per image, iterates {@code k = 0, 1, …, maxSteps}: evaluate {@code e_k = ‖g(z_k) − x‖₂}; stop at the first
 * {@code k} with {@code e_k ≤ tolerance}; otherwise take one Adam step on {@code ‖g(z) − x‖²} (if
 * {@code k < maxSteps}). A batch runs side by side; finished latents no longer change, and Adam acts per
 * coordinate, so each result equals that of a fit on the image alone.
 *
 * <p>Shapes: images {@code [N, C, H, W]} with {@code [C, H, W] = decoder.imageShape()}; latents
 * {@code [N, decoder.latentShape()…]}. The graph runs in the data type of the decoder's output.
 */
public final class LatentFit {

    private static final String LATENT = "latent";

    private LatentFit() {
    }

    /**
     * Fits from {@code z_0 ~ N(0, σ²I)} drawn with the config's seed.
     *
     * @param decoder the generative model {@code g}
     * @param images {@code x}, {@code [N, C, H, W]}, finite
     * @param config learning rate, tolerance, budget, start scale and seed
     * @return the latents, errors and step counts
     */
    public static FittedLatents fit(LatentDecoder decoder, INDArray images, LatentFitConfig config) {
        Objects.requireNonNull(decoder, "decoder");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(config, "config");
        long[] shape = ScoreGraph.batchShape(images.size(0), decoder.latentShape());
        Random random = new Random(config.seed());
        double[] values = new double[Math.toIntExact(Arrays.stream(shape).reduce(1, (a, b) -> a * b))];
        for (int i = 0; i < values.length; i++) {
            values[i] = config.startScale() * random.nextGaussian();
        }
        return fitFrom(decoder, images, Nd4j.create(values, shape, DataType.DOUBLE), config);
    }

    /**
     * Fits from given latents (the config's start scale and seed are not used).
     *
     * @param decoder the generative model {@code g}
     * @param images {@code x}, {@code [N, C, H, W]}, finite
     * @param start {@code z_0}, {@code [N, latentShape…]}, finite
     * @param config learning rate, tolerance and budget
     * @return the latents, errors and step counts
     */
    public static FittedLatents fitFrom(LatentDecoder decoder, INDArray images, INDArray start,
                                        LatentFitConfig config) {
        Objects.requireNonNull(decoder, "decoder");
        Objects.requireNonNull(config, "config");
        Shapes.requireBatch(Objects.requireNonNull(images, "images"), decoder.imageShape(), "images");
        Shapes.requireBatch(Objects.requireNonNull(start, "start"), decoder.latentShape(), "start latents");
        if (start.size(0) != images.size(0)) {
            throw new IllegalArgumentException("expected one start latent per image (" + images.size(0)
                    + ") but got " + start.size(0));
        }
        requireFinite(images, "images");
        requireFinite(start, "start latents");
        DataType type = decoder.decode(start.get(NDArrayIndex.interval(0, 1))).dataType();
        return new Run(decoder, images.castTo(type), start.castTo(type), config).run();
    }

    private static void requireFinite(INDArray values, String what) {
        if (!Double.isFinite(values.sumNumber().doubleValue())) {
            throw new IllegalArgumentException("expected finite " + what + " but got NaN or infinite values");
        }
    }

    /** The graph {@code z → g(z) → Σ_i ‖g(z_i) − x_i‖²} and the state of one batch of fits. */
    private static final class Run {
        private final SameDiff graph = SameDiff.create();
        private final SDVariable errors;
        private final LatentFitConfig config;
        private final INDArray latents;
        private final ParameterUpdater updater;
        private final int[] steps;
        private final double[] finalErrors;

        Run(LatentDecoder decoder, INDArray images, INDArray start, LatentFitConfig config) {
            this.config = config;
            this.latents = start.dup();
            SDVariable z = graph.var(LATENT, start.dup());
            SDVariable difference = decoder.decode(graph, z, "decoder").sub(graph.constant(images));
            SDVariable squared = difference.mul(difference).reshape(images.size(0), -1).sum(1);
            squared.sum().rename("loss").markAsLoss();
            this.errors = squared;
            this.updater = Optimizer.ADAM.updater(config.learningRate());
            this.steps = new int[(int) images.size(0)];
            this.finalErrors = new double[steps.length];
            Arrays.fill(steps, -1);
        }

        FittedLatents run() {
            for (int k = 0; ; k++) {
                graph.getVariable(LATENT).getArr().assign(latents);
                OutAndGrad result = QuietStdout.call(() -> graph.calculateGradientsAndOutputs(Map.of(),
                        List.of(errors.name()), List.of(LATENT)));
                double[] squared = result.getOutputs().get(errors.name()).castTo(DataType.DOUBLE).toDoubleVector();
                boolean open = record(k, squared, k == config.maxSteps());
                if (!open) {
                    return new FittedLatents(latents.dup(), finalErrors, steps, config.tolerance());
                }
                step(result.getGradients().get(LATENT));
            }
        }

        /** Finishes the images within the tolerance (all of them at the budget); returns whether any is open. */
        private boolean record(int k, double[] squared, boolean budgetSpent) {
            boolean open = false;
            for (int i = 0; i < steps.length; i++) {
                if (steps[i] >= 0) {
                    continue;
                }
                double error = Math.sqrt(squared[i]);
                if (error <= config.tolerance() || budgetSpent) {
                    steps[i] = k;
                    finalErrors[i] = error;
                } else {
                    open = true;
                }
            }
            return open;
        }

        private void step(INDArray gradient) {
            INDArray before = latents.dup();
            updater.update(LATENT, latents, gradient);
            for (int i = 0; i < steps.length; i++) {
                if (steps[i] >= 0) {
                    latents.get(NDArrayIndex.point(i)).assign(before.get(NDArrayIndex.point(i)));
                }
            }
        }
    }
}
