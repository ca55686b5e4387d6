package org.gdl4j.counterfactual;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.gdl4j.nn.Batch;
import org.gdl4j.nn.Initialization;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The autoencoders of the IM1 and IM2 metrics (Van Looveren and Klaise, "Interpretable Counterfactual
 * Explanations Guided by Prototypes", arXiv 1907.02584, §4): one {@code AE_k} trained on the images of class
 * {@code k} only, for each of {@code K} classes, and one {@code AE_all} trained on all images.
 *
 * <p>Shapes: images {@code [N, C, H, W]} in {@code [0, 1]}; per-image values {@code N} doubles.
 */
public final class ClassConditionalAutoencoders {

    private final List<Autoencoder> perClass;
    private final Autoencoder all;

    /**
     * Combines trained autoencoders, e.g. loaded ones.
     *
     * @param perClass {@code AE_k} at index {@code k}, at least one
     * @param all {@code AE_all}, of the same image shape
     * @throws IllegalArgumentException if the list is empty or the image shapes differ
     */
    public ClassConditionalAutoencoders(List<Autoencoder> perClass, Autoencoder all) {
        this.perClass = List.copyOf(Objects.requireNonNull(perClass, "perClass"));
        this.all = Objects.requireNonNull(all, "all");
        if (this.perClass.isEmpty()) {
            throw new IllegalArgumentException("expected at least one class-specific autoencoder but got none");
        }
        for (Autoencoder ae : this.perClass) {
            if (!ae.architecture().shape().equals(all.architecture().shape())) {
                throw new IllegalArgumentException("expected autoencoders of one image shape " + all.architecture()
                        .shape() + " but got " + ae.architecture().shape());
            }
        }
    }

    /**
     * Trains {@code K} class-specific autoencoders and one on all data. Class {@code k}'s autoencoder draws its
     * parameters with {@code Initialization.standard(perClass.seed() + k)} and shuffles with seed
     * {@code perClass.seed() + k}; the one on all data uses {@code all.seed()} for both.
     *
     * @param architecture the layout of every autoencoder
     * @param data images {@code [N, C, H, W]} in {@code [0, 1]} with labels in {@code [0, K)}
     * @param classes {@code K}, at least 1; every class needs at least one image
     * @param perClass how each class-specific autoencoder is trained (the reproduction: 10 epochs)
     * @param all how the autoencoder on all data is trained (the reproduction: 2 epochs)
     * @return the autoencoders
     * @throws IllegalArgumentException if a label lies outside {@code [0, K)} or a class has no image
     */
    public static ClassConditionalAutoencoders train(AutoencoderArchitecture architecture, Batch data, int classes,
                                                     AutoencoderConfig perClass, AutoencoderConfig all) {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(perClass, "perClass");
        Objects.requireNonNull(all, "all");
        List<Autoencoder> trained = new ArrayList<>();
        for (int k = 0; k < requireLabels(data.labels(), classes); k++) {
            long seed = perClass.seed() + k;
            Autoencoder ae = architecture.build(Initialization.standard(seed));
            ae.train(imagesOfClass(data, k), perClass.withSeed(seed));
            trained.add(ae);
        }
        Autoencoder onAll = architecture.build(Initialization.standard(all.seed()));
        onAll.train(data.images(), all);
        return new ClassConditionalAutoencoders(trained, onAll);
    }

    /** @return {@code K}, the number of class-specific autoencoders */
    public int classes() {
        return perClass.size();
    }

    /**
     * @param k a class in {@code [0, K)}
     * @return {@code AE_k}, trained on class {@code k} only
     */
    public Autoencoder forClass(int k) {
        requireClass(k);
        return perClass.get(k);
    }

    /** @return {@code AE_all}, trained on all classes */
    public Autoencoder all() {
        return all;
    }

    /**
     * IM1 per image with each image's own pair of autoencoders:
     * {@code ‖x'_i − AE_{t_i}(x'_i)‖² / (‖x'_i − AE_{o_i}(x'_i)‖² + ε)} (see {@link CounterfactualMetrics#im1}
     * for its meaning and caveats).
     *
     * @param counterfactuals {@code x'}, {@code [N, C, H, W]} in {@code [0, 1]}
     * @param targets {@code t_i}, the target class of each image
     * @param originals {@code o_i}, the original class of each image (the class the counterfactual leaves)
     * @param epsilon {@code ε ≥ 0}
     * @return {@code N} values
     */
    public double[] im1(INDArray counterfactuals, int[] targets, int[] originals, double epsilon) {
        requirePerImage(counterfactuals, targets, originals);
        double[] values = new double[targets.length];
        for (int i = 0; i < values.length; i++) {
            INDArray x = counterfactuals.get(NDArrayIndex.interval(i, i + 1));
            values[i] = CounterfactualMetrics.im1(x, forClass(targets[i]), forClass(originals[i]), epsilon)[0];
        }
        return values;
    }

    private void requirePerImage(INDArray counterfactuals, int[] targets, int[] originals) {
        Objects.requireNonNull(counterfactuals, "counterfactuals");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(originals, "originals");
        if (targets.length != counterfactuals.size(0) || originals.length != counterfactuals.size(0)) {
            throw new IllegalArgumentException("expected one target and one original class per image ("
                    + counterfactuals.size(0) + ") but got " + targets.length + " and " + originals.length);
        }
    }

    private void requireClass(int k) {
        if (k < 0 || k >= perClass.size()) {
            throw new IllegalArgumentException("expected a class in [0, " + perClass.size() + ") but got " + k);
        }
    }

    private static int requireLabels(int[] labels, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("expected at least one class but got " + classes);
        }
        for (int k = 0; k < classes; k++) {
            int c = k;
            if (IntStream.of(labels).noneMatch(l -> l == c)) {
                throw new IllegalArgumentException("expected at least one image of every class in [0, " + classes
                        + ") but class " + k + " has none");
            }
        }
        IntStream.of(labels).filter(l -> l < 0 || l >= classes).findFirst().ifPresent(l -> {
            throw new IllegalArgumentException("expected labels in [0, " + classes + ") but got " + l);
        });
        return classes;
    }

    private static INDArray imagesOfClass(Batch data, int k) {
        int[] rows = IntStream.range(0, data.size()).filter(i -> data.labels()[i] == k).toArray();
        INDArray images = data.images();
        long[] shape = images.shape().clone();
        INDArray flat = images.reshape(shape[0], images.length() / shape[0]);
        shape[0] = rows.length;
        return Nd4j.pullRows(flat, 1, rows).reshape(shape);
    }
}
