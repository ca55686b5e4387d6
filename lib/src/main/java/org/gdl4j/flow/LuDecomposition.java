package org.gdl4j.flow;

import java.util.Random;

/**
 * The LU factors {@code W = P·L·(U + diag(σ⊙exp(ℓ)))} of a random orthogonal matrix, the initial value of an
 * {@link InvertibleConv1x1} (Kingma and Dhariwal, NeurIPS 2018, §3.2). The orthogonal matrix is the
 * {@code Q} of a QR decomposition (modified Gram–Schmidt, so {@code R} has a positive diagonal and {@code Q}
 * is Haar-distributed) of a standard Gaussian matrix; the LU decomposition uses partial pivoting.
 *
 * @param permutation {@code P} {@code [C][C]}, a permutation matrix
 * @param lower the strictly lower part of the unit lower triangular {@code L}
 * @param upper the strictly upper part {@code U}
 * @param signs {@code σ}, the signs of the diagonal of the upper factor
 * @param logAbsDiagonal {@code ℓ}, the logs of its absolute values
 */
record LuDecomposition(double[][] permutation, double[][] lower, double[][] upper, double[] signs,
                       double[] logAbsDiagonal) {

    /** Draws a random orthogonal {@code C×C} matrix from {@code random} and factors it. */
    static LuDecomposition ofRandomOrthogonal(int c, Random random) {
        double[][] a = new double[c][c];
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                a[i][j] = random.nextGaussian();
            }
        }
        return of(orthonormalColumns(a));
    }

    /** Modified Gram–Schmidt on the columns of {@code a}: the {@code Q} of {@code a = QR}. */
    static double[][] orthonormalColumns(double[][] a) {
        int n = a.length;
        double[][] q = new double[n][n];
        for (int j = 0; j < n; j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = a[i][j];
            }
            for (int k = 0; k < j; k++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += q[i][k] * v[i];
                }
                for (int i = 0; i < n; i++) {
                    v[i] -= dot * q[i][k];
                }
            }
            double norm = Math.sqrt(java.util.Arrays.stream(v).map(x -> x * x).sum());
            for (int i = 0; i < n; i++) {
                q[i][j] = v[i] / norm;
            }
        }
        return q;
    }

    /** LU with partial pivoting: {@code P_r·W = L·U'}, so {@code W = P·L·U'} with {@code P = P_rᵀ}. */
    static LuDecomposition of(double[][] w) {
        int n = w.length;
        double[][] a = new double[n][];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = w[i].clone();
            rows[i] = i;
        }
        for (int k = 0; k < n; k++) {
            int pivot = k;
            for (int i = k + 1; i < n; i++) {
                pivot = Math.abs(a[i][k]) > Math.abs(a[pivot][k]) ? i : pivot;
            }
            double[] swap = a[k];
            a[k] = a[pivot];
            a[pivot] = swap;
            int r = rows[k];
            rows[k] = rows[pivot];
            rows[pivot] = r;
            for (int i = k + 1; i < n; i++) {
                a[i][k] /= a[k][k];
                for (int j = k + 1; j < n; j++) {
                    a[i][j] -= a[i][k] * a[k][j];
                }
            }
        }
        return factors(a, rows);
    }

    private static LuDecomposition factors(double[][] a, int[] rows) {
        int n = a.length;
        double[][] p = new double[n][n];
        double[][] l = new double[n][n];
        double[][] u = new double[n][n];
        double[] signs = new double[n];
        double[] logs = new double[n];
        for (int i = 0; i < n; i++) {
            p[rows[i]][i] = 1;
            for (int j = 0; j < n; j++) {
                if (j < i) {
                    l[i][j] = a[i][j];
                } else if (j > i) {
                    u[i][j] = a[i][j];
                }
            }
            signs[i] = Math.signum(a[i][i]);
            logs[i] = Math.log(Math.abs(a[i][i]));
        }
        return new LuDecomposition(p, l, u, signs, logs);
    }
}
