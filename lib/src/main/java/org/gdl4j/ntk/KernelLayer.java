package org.gdl4j.ntk;

/**
 * A layer of an infinitely wide network, seen through its kernels: it maps the NNGP and NTK of a pair of
 * inputs before the layer to those after it, as the {@code kernel_fn} of a neural-tangents layer.
 *
 * <p>Layers compose with {@link #serial(KernelLayer...)}; the composite maps the input kernel of a pair of
 * images ({@link Kernel#between}) to the kernel of the network output. Implementations are immutable and
 * thread-safe, and never modify the arrays of the kernel they receive.
 */
public interface KernelLayer {

    /**
     * Maps the kernel before this layer to the kernel after it.
     *
     * @param in the kernel of a pair of inputs to this layer
     * @return the kernel of the pair of outputs
     * @throws IllegalArgumentException if {@code in} lives on a domain this layer does not accept
     * @throws IllegalStateException    if the layer needs variances that {@code in} does not carry
     */
    Kernel apply(Kernel in);

    /**
     * Whether this layer reads the variances of its input (nonlinearities do).
     *
     * @return false unless overridden
     */
    default boolean usesVariances() {
        return false;
    }

    /**
     * Whether this layer averages over all pairs of positions, so that the pooled variances need the whole
     * self-covariance (global average pooling and group pooling do; flatten does not).
     *
     * @return false unless overridden
     */
    default boolean poolsPositions() {
        return false;
    }

    /**
     * The covariance form the input kernel must carry: {@link CovarianceForm#FULL} if a nonlinearity comes
     * after a pooling layer, otherwise {@link CovarianceForm#DIAGONAL}.
     *
     * @return the cheapest sufficient form
     */
    default CovarianceForm requiredInputForm() {
        return CovarianceForm.DIAGONAL;
    }

    /**
     * Composes layers from first to last, as {@code stax.serial}.
     *
     * @param layers the layers, applied in order; none for the identity
     * @return the composite layer
     */
    static KernelLayer serial(KernelLayer... layers) {
        return new Serial(java.util.List.of(layers));
    }
}
