package org.gdl4j.ntk;

/**
 * Global average pooling over the plane, as {@code stax.GlobalAvgPool}:
 * {@code K' = (1/(HW)²) Σ_{t, t'} K[t, t']}, the same for {@code Θ}. Needs the whole spatial covariance,
 * which is why pooled kernels cost {@code (HW)²} per pair.
 *
 * <p>Shapes: {@link PlaneDomain} {@code [H·W, H·W]} to {@link PooledDomain} {@code [1]}. The pooled
 * variances are kept only when the input carries {@link CovarianceForm#FULL}.
 */
public record GlobalAveragePool() implements KernelLayer {

    @Override
    public Kernel apply(Kernel in) {
        if (!(in.domain() instanceof PlaneDomain)) {
            throw new IllegalArgumentException("expected a kernel on a plane for GlobalAveragePool (use GroupPool "
                    + "on group feature maps) but got " + in.domain());
        }
        return Pooling.meanOverPairs(in);
    }

    @Override
    public boolean poolsPositions() {
        return true;
    }
}
