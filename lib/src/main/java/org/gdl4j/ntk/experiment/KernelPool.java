package org.gdl4j.ntk.experiment;

import java.util.Objects;
import org.gdl4j.ntk.GradientFlowPredictor;
import org.gdl4j.ntk.Gram;
import org.gdl4j.ntk.GramMatrices;
import org.gdl4j.ntk.GramOptions;
import org.gdl4j.ntk.ImageSet;
import org.gdl4j.ntk.KernelLayer;
import org.gdl4j.ntk.NngpPosterior;
import org.gdl4j.ntk.OneHot;
import org.gdl4j.ntk.Ridge;

/**
 * The NNGP and NTK Gram matrices of one network over a pool of {@code P} candidate training images and
 * {@code M} test images, with their labels. Training subsets are given as pool indices; their Gram matrices
 * are sub-blocks, so no kernel is computed twice.
 *
 * <p>Classification is kernel regression on centred one-hot targets (one-hot minus {@code 1/k}) and argmax.
 *
 * <p>Shapes: training Grams {@code [P][P]}, test–train Grams {@code [M][P]}, labels {@code [P]} and
 * {@code [M]}.
 */
public final class KernelPool {

    private final GramMatrices train;
    private final GramMatrices testTrain;
    private final int[] trainLabels;
    private final int[] testLabels;
    private final int classes;

    /**
     * Wraps precomputed Grams.
     *
     * @param train       {@code K(X, X)} and {@code Θ(X, X)} over the pool, {@code [P][P]}
     * @param testTrain   {@code K(X*, X)} and {@code Θ(X*, X)}, {@code [M][P]}
     * @param trainLabels pool labels {@code [P]}
     * @param testLabels  test labels {@code [M]}
     * @param classes     {@code k ≥ 2}
     * @throws IllegalArgumentException if the shapes do not fit
     */
    public KernelPool(GramMatrices train, GramMatrices testTrain, int[] trainLabels, int[] testLabels,
            int classes) {
        this.train = Objects.requireNonNull(train, "train");
        this.testTrain = Objects.requireNonNull(testTrain, "testTrain");
        this.trainLabels = trainLabels.clone();
        this.testLabels = testLabels.clone();
        this.classes = classes;
        int p = trainLabels.length;
        if (train.rows() != p || train.columns() != p) {
            throw new IllegalArgumentException("expected a training Gram [" + p + "][" + p + "] (one row per "
                    + "pool label) but got [" + train.rows() + "][" + train.columns() + "]");
        }
        if (testTrain.rows() != testLabels.length || testTrain.columns() != p) {
            throw new IllegalArgumentException("expected a test–train Gram [" + testLabels.length + "][" + p
                    + "] but got [" + testTrain.rows() + "][" + testTrain.columns() + "]");
        }
        if (classes < 2) {
            throw new IllegalArgumentException("expected at least 2 classes but got " + classes);
        }
    }

    /**
     * Computes both Grams of a network over the pool.
     *
     * @param network     the kernel map of the network
     * @param train       the {@code P} candidate training images
     * @param trainLabels their labels
     * @param test        the {@code M} test images
     * @param testLabels  their labels
     * @param classes     {@code k}
     * @param options     progress bar and threads
     * @return the pool
     */
    public static KernelPool compute(KernelLayer network, ImageSet train, int[] trainLabels, ImageSet test,
            int[] testLabels, int classes, GramOptions options) {
        GramMatrices trainGram = Gram.symmetric(network, train, options);
        GramMatrices testGram = Gram.between(network, test, train, options);
        return new KernelPool(trainGram, testGram, trainLabels, testLabels, classes);
    }

    /**
     * The number of candidate training images.
     *
     * @return {@code P}
     */
    public int poolSize() {
        return trainLabels.length;
    }

    /**
     * The number of test images.
     *
     * @return {@code M}
     */
    public int testSize() {
        return testLabels.length;
    }

    /**
     * The training Gram of a subset.
     *
     * @param subset pool indices, {@code N} of them
     * @param method which kernel
     * @return a new {@code [N][N]} array
     */
    public double[][] trainBlock(int[] subset, KernelMethod method) {
        double[][] full = method == KernelMethod.NTK ? train.ntk() : train.nngp();
        double[][] out = new double[subset.length][subset.length];
        for (int i = 0; i < subset.length; i++) {
            for (int j = 0; j < subset.length; j++) {
                out[i][j] = full[subset[i]][subset[j]];
            }
        }
        return out;
    }

    /**
     * The test–train Gram of a subset.
     *
     * @param subset pool indices, {@code N} of them
     * @param method which kernel
     * @return a new {@code [M][N]} array
     */
    public double[][] testBlock(int[] subset, KernelMethod method) {
        double[][] full = method == KernelMethod.NTK ? testTrain.ntk() : testTrain.nngp();
        double[][] out = new double[full.length][subset.length];
        for (int m = 0; m < full.length; m++) {
            for (int j = 0; j < subset.length; j++) {
                out[m][j] = full[m][subset[j]];
            }
        }
        return out;
    }

    /**
     * Centred one-hot targets of a subset.
     *
     * @param subset pool indices
     * @return {@code [N][k]}
     */
    public double[][] targets(int[] subset) {
        int[] labels = new int[subset.length];
        for (int i = 0; i < subset.length; i++) {
            labels[i] = trainLabels[subset[i]];
        }
        return OneHot.centred(labels, classes);
    }

    /**
     * Test scores of the regression on one subset: the NTK ensemble mean after training time {@code t}, or the
     * NNGP posterior mean (which has no time; {@code t} must then be infinite).
     *
     * @param subset pool indices of the training images
     * @param method NTK or NNGP
     * @param ridge  the diagonal regulariser
     * @param time   {@code t ≥ 0} or {@link Double#POSITIVE_INFINITY}
     * @return scores {@code [M][k]}
     * @throws IllegalArgumentException if the NNGP is asked for a finite time
     */
    public double[][] predict(int[] subset, KernelMethod method, Ridge ridge, double time) {
        double[][] y = targets(subset);
        if (method == KernelMethod.NNGP) {
            if (!Double.isInfinite(time)) {
                throw new IllegalArgumentException("the NNGP posterior has no training time; expected t = ∞ but "
                        + "got " + time);
            }
            return new NngpPosterior(trainBlock(subset, method), y, ridge).mean(testBlock(subset, method));
        }
        return new GradientFlowPredictor(trainBlock(subset, method), y, ridge, 1)
                .predict(testBlock(subset, method), time);
    }

    /**
     * Test accuracy of the converged regression ({@code t = ∞}) on one subset.
     *
     * @param subset pool indices of the training images
     * @param method NTK or NNGP
     * @param ridge  the diagonal regulariser
     * @return the fraction of the {@code M} test images classified correctly
     */
    public double accuracy(int[] subset, KernelMethod method, Ridge ridge) {
        return OneHot.accuracy(OneHot.argmax(predict(subset, method, ridge, Double.POSITIVE_INFINITY)),
                testLabels);
    }

    /**
     * The test labels.
     *
     * @return a copy, {@code [M]}
     */
    public int[] testLabels() {
        return testLabels.clone();
    }
}
