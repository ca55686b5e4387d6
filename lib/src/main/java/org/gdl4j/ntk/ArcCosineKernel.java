package org.gdl4j.ntk;

import java.util.Arrays;

/**
 * The ReLU's Gaussian expectations, the arc-cosine kernels of degree 1 and 0 (Cho and Saul, "Kernel Methods
 * for Deep Learning", NeurIPS 2009), evaluated row by row in a form the JIT vectorises.
 *
 * <p>For cross covariance {@code K} and variances {@code Dx}, {@code Dy}, with {@code s = √max(Dx·Dy − K², 0)}
 * and {@code θ = atan2(s, K) ∈ [0, π]}:
 * <pre>
 * C = E[relu(u) relu(v)] = (s + (π − θ) K) / (2π),     K̇ = E[relu'(u) relu'(v)] = (π − θ) / (2π).
 * </pre>
 * {@link Math#atan2} is a native call per entry and dominated the convolutional kernels. Instead the angle
 * {@code α = atan2(s, |K|) ∈ [0, π/2]} is reduced by two half-angle steps to
 * {@code w = tan(α/4) = s / (a + √(a² + s²)) ∈ [0, tan(π/8)]} with {@code a = √Dx·√Dy + |K|}, and
 * {@code atan(w) = w Σ_{j≤20} (−w²)^j/(2j+1)} (truncation below {@code 2·10⁻¹⁸} relative). The sign of
 * {@code K} folds the angle, {@code K̇ = 1/4 + sgn(K)(1/4 − α/(2π))}, which keeps {@code K̇ = 1/2} and
 * {@code C = K/2} exact for equal inputs ({@code s = 0}). Where a variance is zero ({@code K = s = 0}) the
 * result is {@code C = 0}, {@code K̇ = 1/4}.
 *
 * <p>The work is a few short loops over the whole kernel, each free of branches, calls and table lookups and
 * with one index for all arrays, which the JIT turns into vector square roots, divisions and fused
 * multiply-adds: about 4 ns per entry on one core of the development machine against 20–30 ns with
 * {@code Math.atan2}. Scratch arrays are kept per thread.
 */
final class ArcCosineKernel {

    private static final double TWO_PI = 2 * Math.PI;
    /** Entries per pass through the loops, so that the scratch rows stay in the first-level cache. */
    private static final int CHUNK = 1024;
    /**
     * Per thread, grown on demand: {@code Dx·Dy}, {@code √Dx·√Dy}, {@code s}, {@code w} then {@code K̇}, and the
     * row factors {@code Dx[p]}, {@code √Dx[p]} of one block.
     */
    private static final ThreadLocal<double[][]> SCRATCH = ThreadLocal.withInitial(() -> new double[6][0]);

    private ArcCosineKernel() {
    }

    /**
     * Maps pair kernels: {@code outNngp ← C}, {@code outNtk ← ntk ⊙ K̇} (skipped when {@code ntk} is empty). The
     * outputs may be the inputs themselves (in place) or fresh arrays of the same lengths.
     *
     * <p>Shapes: {@code nngp, ntk, outNngp, outNtk [B, n, n]}, {@code vx, vy [n]}.
     *
     * @param nngp    the cross covariances {@code K}
     * @param ntk     the tangent kernel, or an empty array
     * @param outNngp receives {@code C}
     * @param outNtk  receives {@code ntk ⊙ K̇}
     * @param vx      variances of the first argument's positions
     * @param vy      variances of the second argument's positions
     * @param blocks  {@code B}
     * @param n       positions per argument
     */
    static void map(double[] nngp, double[] ntk, double[] outNngp, double[] outNtk, double[] vx, double[] vy,
            int blocks, int n) {
        int length = blocks * n * n;
        double[][] scratch = scratch(length);
        tile(vx, vy, blocks, n, scratch);
        for (int from = 0; from < length; from += CHUNK) {
            int to = Math.min(from + CHUNK, length);
            chunk(nngp, outNngp, from, to, scratch);
            if (ntk.length > 0) {
                scaleByDerivative(ntk, outNtk, from, to, scratch[3]);
            }
        }
    }

    private static double[][] scratch(int length) {
        double[][] scratch = SCRATCH.get();
        if (scratch[0].length < length) {
            for (int i = 0; i < scratch.length; i++) {
                scratch[i] = new double[length];
            }
        }
        return scratch;
    }

    /**
     * {@code product[b, p, q] = Dx[p]·Dy[q]}, {@code rootProduct[b, p, q] = √Dx[p]·√Dy[q]}: rows of {@code Dy} and
     * of {@code Dx[p]} are laid out by bulk copies and fills, then multiplied in loops with one index.
     */
    private static void tile(double[] vx, double[] vy, int blocks, int n, double[][] scratch) {
        double[] product = scratch[0];
        double[] rootProduct = scratch[1];
        double[] rowFactor = scratch[4];
        double[] rootRowFactor = scratch[5];
        int block = n * n;
        double[] rootY = new double[n];
        for (int q = 0; q < n; q++) {
            rootY[q] = Math.sqrt(vy[q]);
        }
        for (int p = 0; p < n; p++) {
            System.arraycopy(vy, 0, product, p * n, n);
            System.arraycopy(rootY, 0, rootProduct, p * n, n);
            Arrays.fill(rowFactor, p * n, (p + 1) * n, vx[p]);
            Arrays.fill(rootRowFactor, p * n, (p + 1) * n, Math.sqrt(vx[p]));
        }
        for (int i = 0; i < block; i++) {
            product[i] *= rowFactor[i];
        }
        for (int i = 0; i < block; i++) {
            rootProduct[i] *= rootRowFactor[i];
        }
        for (int b = 1; b < blocks; b++) {
            System.arraycopy(product, 0, product, b * block, block);
            System.arraycopy(rootProduct, 0, rootProduct, b * block, block);
        }
    }

    /**
     * {@code out ← C} on entries {@code [from, to)}, leaving {@code K̇} in {@code scratch[3]}; every loop indexes
     * all its arrays by the same {@code i}.
     */
    private static void chunk(double[] k, double[] out, int from, int to, double[][] scratch) {
        double[] product = scratch[0];
        double[] rootProduct = scratch[1];
        double[] s = scratch[2];
        double[] w = scratch[3];
        for (int i = from; i < to; i++) {
            double ki = k[i];
            s[i] = Math.sqrt(Math.max(product[i] - ki * ki, 0));
        }
        for (int i = from; i < to; i++) {
            double a = rootProduct[i] + Math.abs(k[i]);
            double si = s[i];
            w[i] = si / Math.max(a + Math.sqrt(a * a + si * si), Double.MIN_NORMAL);
        }
        for (int i = from; i < to; i++) {
            double wi = w[i];
            w[i] = wi * atanSeries(-wi * wi);
        }
        for (int i = from; i < to; i++) {
            double ki = k[i];
            double sign = ki / Math.max(Math.abs(ki), Double.MIN_VALUE);
            w[i] = 0.25 + sign * (0.25 - w[i] * (4 / TWO_PI));
        }
        for (int i = from; i < to; i++) {
            out[i] = k[i] * w[i] + s[i] * (1 / TWO_PI);
        }
    }

    private static void scaleByDerivative(double[] ntk, double[] out, int from, int to, double[] derivative) {
        for (int i = from; i < to; i++) {
            out[i] = ntk[i] * derivative[i];
        }
    }

    /** {@code Σ_{j=0}^{20} x^j / (2j + 1)}, so that {@code atan(w) = w · atanSeries(−w²)}. */
    private static double atanSeries(double x) {
        double p = 1.0 / 41;
        p = p * x + 1.0 / 39;
        p = p * x + 1.0 / 37;
        p = p * x + 1.0 / 35;
        p = p * x + 1.0 / 33;
        p = p * x + 1.0 / 31;
        p = p * x + 1.0 / 29;
        p = p * x + 1.0 / 27;
        p = p * x + 1.0 / 25;
        p = p * x + 1.0 / 23;
        p = p * x + 1.0 / 21;
        p = p * x + 1.0 / 19;
        p = p * x + 1.0 / 17;
        p = p * x + 1.0 / 15;
        p = p * x + 1.0 / 13;
        p = p * x + 1.0 / 11;
        p = p * x + 1.0 / 9;
        p = p * x + 1.0 / 7;
        p = p * x + 1.0 / 5;
        p = p * x + 1.0 / 3;
        return p * x + 1;
    }
}
