package org.gdl4j.ntk;

/**
 * Pooling over the whole group, translations and rotations:
 * {@code K' = (1/|G|²) Σ_{g, g'} K[g, g']}, the same for {@code Θ}; the output of a group-convolutional
 * network is then invariant. Works on every stored form of a {@link GroupDomain}, since each stores the
 * group-pair kernel up to equal multiplicities.
 *
 * <p>Shapes: {@link GroupDomain} {@code [B, n, n]} to {@link PooledDomain} {@code [1]}.
 */
public record GroupPool() implements KernelLayer {

    @Override
    public Kernel apply(Kernel in) {
        if (!(in.domain() instanceof GroupDomain)) {
            throw new IllegalArgumentException("expected a kernel on a group for GroupPool (use "
                    + "GlobalAveragePool on a plane) but got " + in.domain());
        }
        return Pooling.meanOverPairs(in);
    }

    @Override
    public boolean poolsPositions() {
        return true;
    }
}
