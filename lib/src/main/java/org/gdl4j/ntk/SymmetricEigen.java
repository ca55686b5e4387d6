package org.gdl4j.ntk;

/**
 * Eigendecomposition {@code A = Vᵀ diag(λ) V} of a real symmetric matrix in plain double precision:
 * Householder reduction to tridiagonal form, then the implicit QL iteration with Wilkinson-type shifts
 * (Golub and Van Loan, Matrix Computations, §8.3). About {@code 9N³} flops with vectors; the input is
 * copied, never overwritten. Eigenvectors are stored as rows of {@code V}, so the rotations of the QL sweeps
 * touch contiguous memory.
 *
 * <p>Shapes: {@code A [N][N]}; {@code values [N]} ascending; {@code vectors [N][N]}, row {@code k} the unit
 * eigenvector of {@code values[k]}.
 *
 * @param values  eigenvalues, ascending
 * @param vectors orthonormal eigenvectors as rows
 */
public record SymmetricEigen(double[] values, double[][] vectors) {

    private static final int MAX_ITERATIONS = 60;
    private static final double EPS = Math.ulp(1.0);

    /**
     * Checks that there is one vector of length {@code N} per eigenvalue.
     *
     * @param values  eigenvalues, ascending
     * @param vectors orthonormal eigenvectors as rows
     * @throws IllegalArgumentException if the shapes do not fit
     */
    public SymmetricEigen {
        java.util.Objects.requireNonNull(values, "values");
        Matrices.requireShape(vectors, values.length, values.length, "eigenvectors");
    }

    /**
     * Decomposes a symmetric matrix; only the lower triangle is read.
     *
     * @param a {@code [N][N]}, not modified
     * @return the decomposition
     * @throws IllegalArgumentException if {@code a} is not square or not finite
     * @throws ArithmeticException      if the QL iteration does not converge
     */
    public static SymmetricEigen of(double[][] a) {
        int n = Matrices.requireSquare(a, "matrix");
        double[][] work = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new IllegalArgumentException("expected finite entries but got " + a[i][j] + " at ["
                            + i + "][" + j + "]");
                }
                work[i][j] = a[i][j];
                work[j][i] = a[i][j];
            }
        }
        double[][] basis = identity(n);
        double[] diagonal = new double[n];
        double[] off = new double[n];
        tridiagonalise(work, basis, diagonal, off);
        diagonaliseTridiagonal(diagonal, off, basis);
        return sorted(diagonal, basis);
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    /**
     * Householder steps {@code A ← H A H} for columns {@code k = 0..N−3}; {@code qt ← H qt} accumulates
     * {@code Qᵀ}. Ends with the diagonal and the superdiagonal ({@code off[N−1] = 0}).
     */
    private static void tridiagonalise(double[][] a, double[][] qt, double[] diagonal, double[] off) {
        int n = a.length;
        for (int k = 0; k < n - 2; k++) {
            double[] v = householderVector(a, k);
            if (v != null) {
                reflectTrailing(a, k, v);
                reflectRows(qt, k, v);
            }
        }
        for (int i = 0; i < n; i++) {
            diagonal[i] = a[i][i];
            off[i] = i + 1 < n ? a[i][i + 1] : 0;
        }
    }

    /**
     * The vector {@code v} with {@code (I − 2vvᵀ/vᵀv) x = α e₁} for {@code x = A[k+1.., k]}, scaled so that
     * {@code vᵀv = 2}, or null when {@code x} is already zero below its first entry.
     */
    private static double[] householderVector(double[][] a, int k) {
        int n = a.length;
        double norm = 0;
        for (int i = k + 2; i < n; i++) {
            norm = Math.hypot(norm, a[i][k]);
        }
        if (norm == 0) {
            return null;
        }
        double x0 = a[k + 1][k];
        norm = Math.hypot(norm, x0);
        double alpha = x0 > 0 ? -norm : norm;
        double[] v = new double[n - k - 1];
        v[0] = x0 - alpha;
        for (int i = k + 2; i < n; i++) {
            v[i - k - 1] = a[i][k];
        }
        double scale = 1 / Math.sqrt(norm * norm - alpha * x0);
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    /** {@code A ← H A H} on rows and columns {@code k+1..}, with {@code H = I − vvᵀ} ({@code vᵀv = 2}). */
    private static void reflectTrailing(double[][] a, int k, double[] v) {
        int m = v.length;
        int s = k + 1;
        double[] p = new double[m];
        for (int i = 0; i < m; i++) {
            double sum = 0;
            for (int j = 0; j < m; j++) {
                sum += a[s + i][s + j] * v[j];
            }
            p[i] = sum;
        }
        double half = 0;
        for (int i = 0; i < m; i++) {
            half += v[i] * p[i];
        }
        half *= 0.5;
        for (int i = 0; i < m; i++) {
            p[i] -= half * v[i];
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                a[s + i][s + j] -= v[i] * p[j] + p[i] * v[j];
            }
        }
        reflectColumn(a, k, v);
    }

    /** Column and row {@code k} below and right of the diagonal become {@code (α, 0, ..., 0)}. */
    private static void reflectColumn(double[][] a, int k, double[] v) {
        int m = v.length;
        double dot = 0;
        for (int i = 0; i < m; i++) {
            dot += v[i] * a[k + 1 + i][k];
        }
        for (int i = 0; i < m; i++) {
            double value = a[k + 1 + i][k] - v[i] * dot;
            a[k + 1 + i][k] = i == 0 ? value : 0;
            a[k][k + 1 + i] = a[k + 1 + i][k];
        }
    }

    /** {@code qt ← H qt} on rows {@code k+1..}. */
    private static void reflectRows(double[][] qt, int k, double[] v) {
        int n = qt.length;
        double[] w = new double[n];
        for (int i = 0; i < v.length; i++) {
            double vi = v[i];
            double[] row = qt[k + 1 + i];
            for (int j = 0; j < n; j++) {
                w[j] += vi * row[j];
            }
        }
        for (int i = 0; i < v.length; i++) {
            double vi = v[i];
            double[] row = qt[k + 1 + i];
            for (int j = 0; j < n; j++) {
                row[j] -= vi * w[j];
            }
        }
    }

    /**
     * Implicit QL on the tridiagonal matrix (diagonal, superdiagonal {@code off}); each plane rotation is
     * also applied to rows {@code i, i+1} of {@code vt}.
     */
    private static void diagonaliseTridiagonal(double[] d, double[] e, double[][] vt) {
        int n = d.length;
        for (int l = 0; l < n; l++) {
            int iterations = 0;
            int m = splitPoint(d, e, l);
            while (m != l) {
                if (++iterations > MAX_ITERATIONS) {
                    throw new ArithmeticException("QL iteration did not converge for eigenvalue " + l);
                }
                qlSweep(d, e, vt, l, m);
                m = splitPoint(d, e, l);
            }
        }
    }

    /** The first {@code m ≥ l} whose superdiagonal entry is negligible ({@code N−1} if none). */
    private static int splitPoint(double[] d, double[] e, int l) {
        int n = d.length;
        int m = l;
        while (m < n - 1 && Math.abs(e[m]) > EPS * (Math.abs(d[m]) + Math.abs(d[m + 1]))) {
            m++;
        }
        return m;
    }

    /** One shifted QL sweep on the unreduced block {@code l..m}. */
    private static void qlSweep(double[] d, double[] e, double[][] vt, int l, int m) {
        double g = (d[l + 1] - d[l]) / (2 * e[l]);
        double r = Math.hypot(g, 1);
        g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
        double s = 1;
        double c = 1;
        double p = 0;
        for (int i = m - 1; i >= l; i--) {
            double f = s * e[i];
            double b = c * e[i];
            r = Math.hypot(f, g);
            e[i + 1] = r;
            if (r == 0) {
                d[i + 1] -= p;
                e[m] = 0;
                return;
            }
            s = f / r;
            c = g / r;
            g = d[i + 1] - p;
            r = (d[i] - g) * s + 2 * c * b;
            p = s * r;
            d[i + 1] = g + p;
            g = c * r - b;
            rotateRows(vt[i], vt[i + 1], c, s);
        }
        d[l] -= p;
        e[l] = g;
        e[m] = 0;
    }

    private static void rotateRows(double[] lower, double[] upper, double c, double s) {
        for (int k = 0; k < lower.length; k++) {
            double f = upper[k];
            upper[k] = s * lower[k] + c * f;
            lower[k] = c * lower[k] - s * f;
        }
    }

    private static SymmetricEigen sorted(double[] d, double[][] vt) {
        Integer[] order = new Integer[d.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(d[x], d[y]));
        double[] values = new double[d.length];
        double[][] vectors = new double[d.length][];
        for (int k = 0; k < order.length; k++) {
            values[k] = d[order[k]];
            vectors[k] = vt[order[k]];
        }
        return new SymmetricEigen(values, vectors);
    }

    /**
     * The size {@code N}.
     *
     * @return the number of eigenvalues
     */
    public int size() {
        return values.length;
    }
}
