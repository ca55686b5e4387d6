package org.gdl4j.ntk;

/**
 * Flattening of a feature map before a dense layer, as {@code stax.Flatten}: only equal positions correlate
 * through a dense readout with independent weights per position, so {@code K' = mean_p K[p, p]}, the same
 * for {@code Θ}. Needs only {@code n} numbers per pair, which makes flattened kernels cheap.
 *
 * <p>Shapes: any unpooled domain {@code [B, n, n]} to {@link PooledDomain} {@code [1]}; channels become
 * {@code C · featuresPerChannel()}.
 */
public record Flatten() implements KernelLayer {

    @Override
    public Kernel apply(Kernel in) {
        if (in.domain() instanceof PooledDomain) {
            throw new IllegalArgumentException("expected a kernel on a feature map for Flatten but got "
                    + in.domain());
        }
        return Pooling.meanOverDiagonal(in);
    }
}
