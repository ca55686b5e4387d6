package org.gdl4j.rep;

import java.util.Random;

/** Random matrices for tests. */
final class TestMatrices {

    private TestMatrices() {
    }

    /** A random orthogonal matrix: Gram–Schmidt on the rows of a Gaussian matrix. */
    static Matrix randomOrthogonal(int n, Random random) {
        double[][] rows = gaussian(n, random);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double overlap = dot(rows[i], rows[j]);
                for (int k = 0; k < n; k++) {
                    rows[i][k] -= overlap * rows[j][k];
                }
            }
            double norm = Math.sqrt(dot(rows[i], rows[i]));
            for (int k = 0; k < n; k++) {
                rows[i][k] /= norm;
            }
        }
        return Matrix.of(rows);
    }

    /** A random, generally non-orthogonal, well-conditioned matrix {@code I + G/(4√n)}. */
    static Matrix randomInvertible(int n, Random random) {
        double[][] m = gaussian(n, random);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = (i == j ? 1 : 0) + m[i][j] / (4 * Math.sqrt(n));
            }
        }
        return Matrix.of(m);
    }

    private static double[][] gaussian(int n, Random random) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = random.nextGaussian();
            }
        }
        return m;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
