package org.gdl4j.grid;

import java.util.Arrays;
import java.util.Random;
import org.gdl4j.Precision;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Deterministic images for the grid and check tests. */
public final class TestImages {

    private TestImages() {
    }

    /** Standard normal entries from {@code new Random(seed)}, in the given precision. */
    public static INDArray gaussian(Precision precision, long seed, long... shape) {
        Random random = new Random(seed);
        double[] values = new double[Math.toIntExact(Arrays.stream(shape).reduce(1, Math::multiplyExact))];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        return Nd4j.createFromArray(values).reshape(shape).castTo(precision.dataType());
    }

    /** A single image {@code [1, 1, size, size]} that is 1 at {@code (row, column)} and 0 elsewhere. */
    public static INDArray oneHot(Precision precision, int size, int row, int column) {
        INDArray image = Nd4j.zeros(precision.dataType(), 1, 1, size, size);
        image.putScalar(new long[] {0, 0, row, column}, 1.0);
        return image;
    }

    /**
     * A smooth image {@code [1, 1, size, size]}: a sum of three Gaussian bumps of width {@code sigma} pixels,
     * centred within {@code size/5} of the image centre, values of order one.
     */
    public static INDArray smoothBumps(Precision precision, int size, double sigma) {
        double c = (size - 1) / 2.0;
        double r = size / 5.0;
        double[][] bumps = {{c + 0.6 * r, c - 0.2 * r, 1.0}, {c - 0.5 * r, c + 0.7 * r, -0.7},
                {c - 0.1 * r, c - 0.8 * r, 0.5}};
        double[] values = new double[size * size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                for (double[] b : bumps) {
                    double d2 = (i - b[0]) * (i - b[0]) + (j - b[1]) * (j - b[1]);
                    values[i * size + j] += b[2] * Math.exp(-d2 / (2 * sigma * sigma));
                }
            }
        }
        return Nd4j.createFromArray(values).reshape(1, 1, size, size).castTo(precision.dataType());
    }

    /** A mask {@code [1, 1, size, size]} that is 1 within {@code radius} pixels of the centre, 0 outside. */
    public static INDArray disc(Precision precision, int size, double radius) {
        double c = (size - 1) / 2.0;
        double[] values = new double[size * size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                values[i * size + j] = Math.hypot(i - c, j - c) <= radius ? 1.0 : 0.0;
            }
        }
        return Nd4j.createFromArray(values).reshape(1, 1, size, size).castTo(precision.dataType());
    }
}
