package org.gdl4j.ntk;

/**
 * Pointwise nonlinearities with closed-form Gaussian expectations, in neural-tangents' conventions.
 *
 * <p>For a pair entry with cross covariance {@code K} and variances {@code Dx}, {@code Dy}, each constant
 * gives the post-activation covariance {@code C = E[φ(u)φ(v)]} and the derivative kernel
 * {@code K̇ = E[φ'(u)φ'(v)]}; the NTK becomes {@code Θ ⊙ K̇}.
 */
public enum Activation {

    /**
     * {@code φ(u) = max(0, u)} without the factor 2 (use {@code σ_w² = 2} to keep variances of order one).
     * With {@code s = √max(Dx·Dy − K², 0)} and {@code θ = atan2(s, K)}:
     * {@code C = (s + (π − θ) K)/(2π)}, {@code K̇ = (π − θ)/(2π)}; on the diagonal {@code C = D/2}.
     * The angle comes from {@code s} and {@code K} (not {@code arccos} of a near-one cosine) and is evaluated
     * without {@link Math#atan2} by {@link ArcCosineKernel}.
     */
    RELU {
        @Override
        void map(double[] nngp, double[] ntk, double[] vx, double[] vy, int blocks, int n) {
            ArcCosineKernel.map(nngp, ntk, nngp, ntk, vx, vy, blocks, n);
        }

        @Override
        double[][] mapped(double[] nngp, double[] ntk, double[] vx, double[] vy, int blocks, int n) {
            double[][] out = {new double[nngp.length], new double[ntk.length]};
            ArcCosineKernel.map(nngp, ntk, out[0], out[1], vx, vy, blocks, n);
            return out;
        }

        @Override
        double variance(double d) {
            return d * 0.5;
        }
    },

    /**
     * {@code φ(u) = erf(u)}: {@code C = (2/π) arcsin(2K/√((1 + 2Dx)(1 + 2Dy)))},
     * {@code K̇ = (4/π)/√((1 + 2Dx)(1 + 2Dy) − 4K²)}; on the diagonal {@code (2/π) arcsin(2D/(1 + 2D))}.
     */
    ERF {
        @Override
        void map(double[] nngp, double[] ntk, double[] vx, double[] vy, int blocks, int n) {
            boolean withNtk = ntk.length > 0;
            int index = 0;
            for (int b = 0; b < blocks; b++) {
                for (int p = 0; p < n; p++) {
                    double ax = 1 + 2 * vx[p];
                    for (int q = 0; q < n; q++, index++) {
                        double k = nngp[index];
                        double product = ax * (1 + 2 * vy[q]);
                        double ratio = Math.max(-1, Math.min(1, 2 * k / Math.sqrt(product)));
                        nngp[index] = 2 / Math.PI * Math.asin(ratio);
                        if (withNtk) {
                            ntk[index] *= 4 / Math.PI / Math.sqrt(product - 4 * k * k);
                        }
                    }
                }
            }
        }

        @Override
        double variance(double d) {
            return 2 / Math.PI * Math.asin(2 * d / (1 + 2 * d));
        }
    };

    /**
     * Maps pair kernels in place: {@code nngp ← C}, {@code ntk ← ntk ⊙ K̇}.
     *
     * <p>Shapes: {@code nngp, ntk [B, n, n]} (ntk may be empty to map only the NNGP), {@code vx, vy [n]}.
     */
    abstract void map(double[] nngp, double[] ntk, double[] vx, double[] vy, int blocks, int n);

    /**
     * The map of {@link #map} into fresh arrays, the inputs unchanged.
     *
     * <p>Shapes: as {@link #map}; returns {@code {C [B, n, n], Θ ⊙ K̇ [B, n, n]}}.
     */
    double[][] mapped(double[] nngp, double[] ntk, double[] vx, double[] vy, int blocks, int n) {
        double[][] out = {nngp.clone(), ntk.clone()};
        map(out[0], out[1], vx, vy, blocks, n);
        return out;
    }

    /** The post-activation variance {@code E[φ(u)²]} for {@code u ~ N(0, d)}. */
    abstract double variance(double d);
}
