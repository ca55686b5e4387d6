package org.gdl4j.ensemble;

import java.util.Objects;
import org.gdl4j.ntk.GradientFlowPredictor;
import org.gdl4j.ntk.Gram;
import org.gdl4j.ntk.GramOptions;
import org.gdl4j.ntk.ImageSet;
import org.gdl4j.ntk.KernelLayer;
import org.gdl4j.ntk.OneHot;
import org.gdl4j.ntk.Ridge;

/**
 * The mean logits of an infinite ensemble of infinitely wide networks trained by gradient flow on the mean
 * squared error, with or without full C4 orbit augmentation (Gerken and Kessel, "Emergent Equivariance in Deep
 * Ensembles", ICML 2024, arXiv:2403.03103).
 *
 * <p><b>Model.</b> In the infinite-width limit a network trained by gradient flow is its linearisation (Lee et
 * al., NeurIPS 2019, arXiv:1902.06720), so the members are Gaussian processes whose mean, the infinite-ensemble
 * prediction, is
 * <pre>
 * μ_t(x) = Θ(x, X) Θ(X, X)⁻¹ (I − exp(−η Θ(X, X) t / n)) Y,      μ_0 = 0,
 * μ_∞(x) = Θ(x, X) (Θ(X, X) + λI)⁻¹ Y
 * </pre>
 * with {@code Θ} the NTK of the network, {@code X} the (augmented) training images and {@code n} the number of
 * their target entries (see {@link GradientFlowPredictor}; a ridge {@code λ > 0} enters both the inverse and the
 * exponent). The Gram {@code Θ(X, X)} is computed and decomposed once, in the constructor.
 *
 * <p><b>Conventions.</b> Targets are the centred one-hot rows of {@link OneHot#centred}: {@code 1 − 1/k} at the
 * label and {@code −1/k} elsewhere, so each row sums to zero. The loss is averaged over the {@code n} target
 * entries: {@code n = N·k} for {@link OrbitAugmentation#NONE} and {@code n = 4N·k} for both full-orbit
 * augmentations, so the time is measured in units where a mode of NTK eigenvalue {@code e} relaxes as
 * {@code exp(−η e t / n)}. With {@link OrbitAugmentation#FULL_C4} or
 * {@link OrbitAugmentation#FULL_C4_GROUP_SUMMED}, an invariant NTK ({@code Θ(gx, gx') = Θ(x, x')}) makes
 * {@code μ_t(g·x) = μ_t(x)} for every rotation {@code g}, every input {@code x} (also off the data manifold)
 * and every {@code t}.
 *
 * <p>Shapes: training images {@code N × [C, H, W]}, labels {@code [N]} in {@code 0..k−1}; queries
 * {@code Q × [C, H, W]}; predictions {@code [Q][k]}, rotated predictions {@code [4][Q][k]}, both with a
 * leading {@code [T]} axis when asked at {@code T} times at once.
 */
public final class InfiniteEnsemble {

    private final KernelLayer network;
    private final ImageSet images;
    private final ImageSet trainingPoints;
    private final int classes;
    private final NtkTraining training;
    private final GramOptions options;
    private final GradientFlowPredictor predictor;

    /**
     * Computes and decomposes the training NTK Gram of the (augmented) training set.
     *
     * @param network  the kernel map of the whole network, ending in a pooled kernel (for example
     *                 {@code serial(Flatten, Dense, Elementwise.relu(), ..., Dense)})
     * @param images   the {@code N ≥ 1} training images ({@link ImageSet} is never empty); square for a
     *                 full-orbit augmentation
     * @param labels   class indices {@code [N]} in {@code 0..k−1}
     * @param classes  {@code k ≥ 2}
     * @param training augmentation, learning rate and ridge
     * @param options  progress bar and threads of the Gram computations
     * @throws IllegalArgumentException if the labels do not number {@code N}, a label is out of range,
     *                                  {@code k < 2}, or the images are not square under a full-orbit
     *                                  augmentation
     */
    public InfiniteEnsemble(KernelLayer network, ImageSet images, int[] labels, int classes, NtkTraining training,
            GramOptions options) {
        this.network = Objects.requireNonNull(network, "network");
        this.images = Objects.requireNonNull(images, "images");
        this.training = Objects.requireNonNull(training, "training");
        this.options = Objects.requireNonNull(options, "options");
        double[][] targets = targets(images, labels, classes);
        this.classes = classes;
        OrbitAugmentation augmentation = training.augmentation();
        if (augmentation != OrbitAugmentation.NONE) {
            GroupSummedKernel.requireSquare(images, "augment them with C4 orbits (" + augmentation + ")");
        }
        this.trainingPoints = augmentation == OrbitAugmentation.FULL_C4 ? images.c4Orbits() : images;
        this.predictor = switch (augmentation) {
            case NONE -> pointPredictor(targets);
            case FULL_C4 -> pointPredictor(repeatOverOrbits(targets));
            case FULL_C4_GROUP_SUMMED -> groupSummedPredictor(targets);
        };
    }

    private static double[][] targets(ImageSet images, int[] labels, int classes) {
        Objects.requireNonNull(labels, "labels");
        if (labels.length != images.size()) {
            throw new IllegalArgumentException("expected one label per training image (" + images.size()
                    + ") but got " + labels.length + " labels");
        }
        return OneHot.centred(labels, classes);
    }

    /** Each target row four times, image-major like {@link ImageSet#c4Orbits}: {@code [4N][k]}. */
    private static double[][] repeatOverOrbits(double[][] targets) {
        double[][] out = new double[GroupSummedKernel.C4_ORDER * targets.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = targets[i / GroupSummedKernel.C4_ORDER].clone();
        }
        return out;
    }

    private GradientFlowPredictor pointPredictor(double[][] targets) {
        double[][] gram = Gram.symmetric(network, trainingPoints, options).ntk();
        return new GradientFlowPredictor(gram, targets, training.ridge(), training.learningRate());
    }

    /**
     * The orbit-mean kernel on the {@code N} images; the augmented ridge {@code λ} becomes {@code λ/4}, with
     * the mean diagonal of the augmented Gram equal to the mean of {@code θ(x_i, x_i)} (column {@code 4i}).
     */
    private GradientFlowPredictor groupSummedPredictor(double[][] targets) {
        double[][] orbit = GroupSummedKernel.orbitColumns(network, images, images, options).ntk();
        double[][] mean = symmetrised(GroupSummedKernel.fold(orbit, 1.0 / GroupSummedKernel.C4_ORDER));
        Ridge ridge = training.ridge();
        double lambda = switch (ridge.scale()) {
            case ABSOLUTE -> ridge.amount();
            case RELATIVE_TO_MEAN_DIAGONAL -> ridge.amount() * meanSelfKernel(orbit);
        };
        Ridge meanRidge = Ridge.absolute(lambda / GroupSummedKernel.C4_ORDER);
        return new GradientFlowPredictor(mean, targets, meanRidge, training.learningRate());
    }

    private static double meanSelfKernel(double[][] orbit) {
        double sum = 0;
        for (int i = 0; i < orbit.length; i++) {
            sum += orbit[i][GroupSummedKernel.C4_ORDER * i];
        }
        return sum / orbit.length;
    }

    private static double[][] symmetrised(double[][] m) {
        double[][] out = new double[m.length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                out[i][j] = 0.5 * (m[i][j] + m[j][i]);
            }
        }
        return out;
    }

    /**
     * The mean logits after training for time {@code t}. Each call evaluates the query–training NTK Gram,
     * {@code Q × 4N} kernel pairs with a full-orbit augmentation and {@code Q × N} without; for several times
     * use {@link #predictAt}, which evaluates it once.
     *
     * @param queries {@code Q} images of the training shape, on or off the data manifold
     * @param time    {@code t ≥ 0}, or {@link Double#POSITIVE_INFINITY} for the converged ensemble
     * @return {@code μ_t}, {@code [Q][k]}; zero at {@code t = 0}
     * @throws IllegalArgumentException if {@code t} is negative or NaN, or the query shape differs from the
     *                                  training shape
     */
    public double[][] predict(ImageSet queries, double time) {
        return predictAt(queries, new double[] {time})[0];
    }

    /**
     * The mean logits at several training times from one evaluation of the query–training NTK Gram.
     *
     * @param queries {@code Q} images of the training shape, on or off the data manifold
     * @param times   {@code T ≥ 1} times {@code t ≥ 0}, each may be {@link Double#POSITIVE_INFINITY}
     * @return {@code [T][Q][k]}, entry {@code [i]} is {@code μ_{times[i]}}
     * @throws IllegalArgumentException if there are no times, a time is negative or NaN, or the query shape
     *                                  differs from the training shape
     */
    public double[][][] predictAt(ImageSet queries, double[] times) {
        Objects.requireNonNull(queries, "queries");
        requireTimes(times);
        if (!queries.get(0).sameShape(images.get(0))) {
            throw new IllegalArgumentException("expected query images of the training shape "
                    + images.get(0).shape() + " but got " + queries.get(0).shape());
        }
        double[][] queryNtk = queryNtk(queries);
        double[][][] out = new double[times.length][][];
        for (int i = 0; i < times.length; i++) {
            out[i] = predictor.predict(queryNtk, times[i]);
        }
        return out;
    }

    private static void requireTimes(double[] times) {
        Objects.requireNonNull(times, "times");
        if (times.length == 0) {
            throw new IllegalArgumentException("expected at least one training time but got none");
        }
        for (double time : times) {
            if (!(time >= 0)) {
                throw new IllegalArgumentException("expected a training time t ≥ 0 (or +∞) but got " + time);
            }
        }
    }

    private double[][] queryNtk(ImageSet queries) {
        return switch (training.augmentation()) {
            case NONE, FULL_C4 -> Gram.between(network, queries, trainingPoints, options).ntk();
            case FULL_C4_GROUP_SUMMED -> GroupSummedKernel.mean(network, queries, images, options).ntk();
        };
    }

    /**
     * The mean logits on the four rotations of every query, for invariance metrics: entry {@code [g][q]} is
     * {@code μ_t(rot^g x_q)}, {@code g} counter-clockwise quarter turns as {@link ImageSet#rotate90}, so
     * {@code [0]} is {@link #predict}.
     *
     * @param queries {@code Q} square images of the training shape
     * @param time    {@code t ≥ 0}, or {@link Double#POSITIVE_INFINITY}
     * @return {@code [4][Q][k]}
     * @throws IllegalArgumentException if the queries are not square or not of the training shape, or
     *                                  {@code t} is negative or NaN
     */
    public double[][][] predictRotations(ImageSet queries, double time) {
        return predictRotationsAt(queries, new double[] {time})[0];
    }

    /**
     * {@link #predictRotations} at several training times, each rotation's query Gram evaluated once.
     *
     * @param queries {@code Q} square images of the training shape
     * @param times   {@code T ≥ 1} times {@code t ≥ 0}, each may be {@link Double#POSITIVE_INFINITY}
     * @return {@code [T][4][Q][k]}
     * @throws IllegalArgumentException if the queries are not square or not of the training shape, there are
     *                                  no times, or a time is negative or NaN
     */
    public double[][][][] predictRotationsAt(ImageSet queries, double[] times) {
        GroupSummedKernel.requireSquare(queries, "rotate the queries by 90°");
        requireTimes(times);
        double[][][][] out = new double[times.length][GroupSummedKernel.C4_ORDER][][];
        for (int g = 0; g < GroupSummedKernel.C4_ORDER; g++) {
            double[][][] atTimes = predictAt(queries.rotate90(g), times);
            for (int i = 0; i < times.length; i++) {
                out[i][g] = atTimes[i];
            }
        }
        return out;
    }

    /**
     * The number of classes.
     *
     * @return {@code k}
     */
    public int classes() {
        return classes;
    }

    /**
     * How the ensemble was trained.
     *
     * @return augmentation, learning rate and ridge
     */
    public NtkTraining training() {
        return training;
    }
}
