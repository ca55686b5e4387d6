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
 * {@code atan(w) = w·P(w²)} with a degree-11 polynomial {@code P} (relative error below {@code 5·10⁻¹⁸}).
 * The sign of {@code K} folds the angle, {@code K̇ = 1/4 + sgn(K)(1/4 − α/(2π))}, which keeps {@code K̇ = 1/2}
 * and {@code C = K/2} exact for equal inputs ({@code s = 0}). Where a variance is zero ({@code K = s = 0}) the
 * result is {@code C = 0}, {@code K̇ = 1/2}, the value of the {@code atan2} form at {@code K = +0}.
 *
 * <p>The work is a few short loops over the whole kernel, each free of branches, calls and table lookups and
 * with one index for all arrays, which the JIT turns into vector square roots, divisions and fused
 * multiply-adds: about 3–4 ns per entry on one core of the development machine against 20–30 ns with
 * {@code Math.atan2}. Scratch arrays of one block ({@code 8n²} doubles) are kept per thread.
 */
final class ArcCosineKernel {

    private static final double TWO_PI = 2 * Math.PI;
    /** Entries per pass through the loops, so that the scratch rows stay in the first-level cache. */
    private static final int CHUNK = 1024;
    private static final int PRODUCT = 0;
    private static final int ROOT_PRODUCT = 1;
    private static final int ROOT_S = 2;
    private static final int DERIVATIVE = 3;
    private static final int BLOCK_NNGP = 4;
    private static final int BLOCK_NTK = 5;
    private static final int ROW_FACTOR = 6;
    private static final int ROOT_ROW_FACTOR = 7;
    /**
     * Per thread, grown on demand to one block of {@code n²} entries: {@code Dx·Dy}, {@code √Dx·√Dy}, {@code s},
     * {@code w} then {@code K̇}, the block's two kernels, and the row factors {@code Dx[p]}, {@code √Dx[p]}.
     */
    private static final ThreadLocal<double[][]> SCRATCH = ThreadLocal.withInitial(() -> new double[8][0]);

    private ArcCosineKernel() {
    }

    /**
     * Maps pair kernels: {@code outNngp ← C}, {@code outNtk ← ntk ⊙ K̇} (skipped when {@code ntk} is empty). The
     * outputs may be the inputs themselves (in place) or fresh arrays of the same lengths. Each block is copied
     * into scratch rows, mapped there and copied out, so that every loop indexes all its arrays alike.
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
        int block = n * n;
        double[][] scratch = scratch(block);
        tile(vx, vy, n, scratch);
        boolean withNtk = ntk.length > 0;
        for (int b = 0; b < blocks; b++) {
            int base = b * block;
            System.arraycopy(nngp, base, scratch[BLOCK_NNGP], 0, block);
            if (withNtk) {
                System.arraycopy(ntk, base, scratch[BLOCK_NTK], 0, block);
            }
            for (int from = 0; from < block; from += CHUNK) {
                chunk(from, Math.min(from + CHUNK, block), withNtk, scratch);
            }
            System.arraycopy(scratch[BLOCK_NNGP], 0, outNngp, base, block);
            if (withNtk) {
                System.arraycopy(scratch[BLOCK_NTK], 0, outNtk, base, block);
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
     * {@code product[p, q] = Dx[p]·Dy[q]}, {@code rootProduct[p, q] = √Dx[p]·√Dy[q]}: rows of {@code Dy} and of
     * {@code Dx[p]} are laid out by bulk copies and fills, then multiplied in loops with one index.
     */
    private static void tile(double[] vx, double[] vy, int n, double[][] scratch) {
        double[] product = scratch[PRODUCT];
        double[] rootProduct = scratch[ROOT_PRODUCT];
        double[] rowFactor = scratch[ROW_FACTOR];
        double[] rootRowFactor = scratch[ROOT_ROW_FACTOR];
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
        int block = n * n;
        for (int i = 0; i < block; i++) {
            product[i] *= rowFactor[i];
        }
        for (int i = 0; i < block; i++) {
            rootProduct[i] *= rootRowFactor[i];
        }
    }

    /**
     * The map on the scratch block's entries {@code [from, to)}, in place: {@code K → C} and, with the tangent
     * kernel, {@code Θ → Θ ⊙ K̇}. The sign {@code K/|K|} is taken as {@code +1} at {@code K = ±0}, so a zero
     * variance ({@code K = s = 0}) gives {@code K̇ = 1/2}, as {@code atan2(0, +0) = 0} does.
     */
    private static void chunk(int from, int to, boolean withNtk, double[][] scratch) {
        double[] product = scratch[PRODUCT];
        double[] rootProduct = scratch[ROOT_PRODUCT];
        double[] s = scratch[ROOT_S];
        double[] w = scratch[DERIVATIVE];
        double[] k = scratch[BLOCK_NNGP];
        double[] ntk = scratch[BLOCK_NTK];
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
            w[i] = wi * atanRatio(wi * wi);
        }
        for (int i = from; i < to; i++) {
            double ki = k[i];
            double sign = ki / Math.max(Math.abs(ki), Double.MIN_VALUE);
            sign += 1 - Math.abs(sign);
            w[i] = 0.25 + sign * (0.25 - w[i] * (4 / TWO_PI));
        }
        for (int i = from; i < to; i++) {
            k[i] = k[i] * w[i] + s[i] * (1 / TWO_PI);
        }
        if (withNtk) {
            for (int i = from; i < to; i++) {
                ntk[i] *= w[i];
            }
        }
    }

    /**
     * {@code atan(√z)/√z} for {@code z ∈ [0, tan²(π/8)]}, so that {@code atan(w) = w · atanRatio(w²)}: the
     * degree-11 polynomial interpolating it at the Chebyshev nodes of that interval (computed in 50-digit
     * arithmetic), relative error below {@code 5·10⁻¹⁸} with these double coefficients; the Taylor series
     * {@code Σ (−z)^j/(2j+1)} needs 21 terms for the same accuracy.
     */
    private static double atanRatio(double z) {
        double p = -0.017805397205419446;
        p = p * z + 0.03796525745386593;
        p = p * z - 0.05035102456601552;
        p = p * z + 0.05846878297330872;
        p = p * z - 0.06662951813629191;
        p = p * z + 0.07692045330902225;
        p = p * z - 0.09090896809064027;
        p = p * z + 0.11111110744919658;
        p = p * z - 0.14285714279250245;
        p = p * z + 0.19999999999940893;
        p = p * z - 0.3333333333333312;
        return p * z + 1.0;
    }
}
