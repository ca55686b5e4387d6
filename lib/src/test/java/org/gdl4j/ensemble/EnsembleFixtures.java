package org.gdl4j.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gdl4j.ntk.Dense;
import org.gdl4j.ntk.Elementwise;
import org.gdl4j.ntk.Flatten;
import org.gdl4j.ntk.GramOptions;
import org.gdl4j.ntk.ImageSet;
import org.gdl4j.ntk.Initialization;
import org.gdl4j.ntk.KernelLayer;
import org.gdl4j.ntk.PlanarImage;
import org.gdl4j.ntk.ProgressDisplay;

/** Small synthetic data, the reference MLP and the invariance error shared by the ensemble tests. */
final class EnsembleFixtures {

    /** Image side, {@code H = W}. */
    static final int SIZE = 8;
    /** Classes of the synthetic task. */
    static final int CLASSES = 3;
    /** Two worker threads, matching the test machine. */
    static final GramOptions OPTIONS = new GramOptions(ProgressDisplay.NONE, 2);

    /** Images with their labels. */
    record Labelled(ImageSet images, int[] labels) {
    }

    private EnsembleFixtures() {
    }

    /**
     * The 2-hidden-layer ReLU MLP NTK in NTK parameterisation of the brief: first layer {@code σ₀² = 1}
     * ({@code Σ¹ = x·x'/d}), hidden layers and readout {@code σ_w² = 2}, no biases.
     */
    static KernelLayer mlp() {
        Initialization relu = Initialization.ntk(Math.sqrt(2));
        return KernelLayer.serial(new Flatten(), new Dense(512, Initialization.ntk(1)), Elementwise.relu(),
                new Dense(512, relu), Elementwise.relu(), new Dense(CLASSES, relu));
    }

    /**
     * "Test-like" images: class {@code i mod 3} draws a filled 3×3 square, a 3×3 plus or an L of five pixels at
     * a random offset, with brightness {@code 1}, on a background of Gaussian noise of standard deviation
     * {@code 0.2}. No image is C4-symmetric: the even grid has no central pixel, and the noise breaks the rest.
     */
    static Labelled synthetic(Random random, int count) {
        List<PlanarImage> images = new ArrayList<>(count);
        int[] labels = new int[count];
        for (int n = 0; n < count; n++) {
            labels[n] = n % CLASSES;
            double[] values = new double[SIZE * SIZE];
            for (int p = 0; p < values.length; p++) {
                values[p] = 0.2 * random.nextGaussian();
            }
            int top = random.nextInt(SIZE - 2);
            int left = random.nextInt(SIZE - 2);
            for (int[] pixel : shape(labels[n])) {
                values[(top + pixel[0]) * SIZE + left + pixel[1]] += 1;
            }
            images.add(new PlanarImage(1, SIZE, SIZE, values));
        }
        return new Labelled(new ImageSet(images), labels);
    }

    private static int[][] shape(int label) {
        return switch (label) {
            case 0 -> new int[][] {{0, 0}, {0, 1}, {0, 2}, {1, 0}, {1, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
            case 1 -> new int[][] {{0, 1}, {1, 0}, {1, 1}, {1, 2}, {2, 1}};
            default -> new int[][] {{0, 0}, {1, 0}, {2, 0}, {2, 1}, {2, 2}};
        };
    }

    /** Off-manifold inputs: pixels uniform in {@code [0, 1)}. */
    static ImageSet uniformNoise(Random random, int count) {
        List<PlanarImage> images = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            double[] values = new double[SIZE * SIZE];
            for (int p = 0; p < values.length; p++) {
                values[p] = random.nextDouble();
            }
            images.add(new PlanarImage(1, SIZE, SIZE, values));
        }
        return new ImageSet(images);
    }

    /**
     * The max relative invariance error {@code max_{g, q, c} |μ(g·x_q)_c − μ(x_q)_c| / max |μ|}, the maximum
     * taken over all rotations, queries and classes.
     *
     * @param rotated {@code [4][Q][k]}, as {@link InfiniteEnsemble#predictRotations}
     */
    static double relativeInvarianceError(double[][][] rotated) {
        double scale = 0;
        double error = 0;
        for (double[][] predictions : rotated) {
            for (int q = 0; q < predictions.length; q++) {
                for (int c = 0; c < predictions[q].length; c++) {
                    scale = Math.max(scale, Math.abs(predictions[q][c]));
                    error = Math.max(error, Math.abs(predictions[q][c] - rotated[0][q][c]));
                }
            }
        }
        return error / scale;
    }

    /** {@code max |a − b| / max |b|} over two {@code [Q][k]} arrays. */
    static double relativeDifference(double[][] a, double[][] b) {
        double scale = 0;
        double error = 0;
        for (int q = 0; q < b.length; q++) {
            for (int c = 0; c < b[q].length; c++) {
                scale = Math.max(scale, Math.abs(b[q][c]));
                error = Math.max(error, Math.abs(a[q][c] - b[q][c]));
            }
        }
        return error / scale;
    }
}
