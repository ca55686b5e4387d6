package org.gdl4j.ntk;

/**
 * The averaging operator {@code A} of a linear layer acting on pair kernels, before scaling by
 * {@code σ_w²}: for a convolution {@code A(M)[t, t'] = (1/q²) Σ_y M[t + y, t' + y]}.
 *
 * <p>Group layers supply their own operators (for example the C4 orbit and block forms) and reuse
 * {@link LinearKernelMap} for the parameterisation. Implementations must sum the variances in the same
 * order as the diagonal of {@link #pair}, so that a pair of equal inputs keeps {@code K[t, t] = D[t]} exactly.
 */
public interface PairOperator {

    /**
     * The domain of the result.
     *
     * @return the output domain
     */
    KernelDomain outputDomain();

    /**
     * {@code A(M)} on a pair kernel.
     *
     * <p>Shapes: {@code [B, n, n]} on the input domain to {@code [B', n', n']} on {@link #outputDomain()}.
     *
     * @param pair the pair kernel, not modified
     * @return a fresh array
     */
    double[] pair(double[] pair);

    /**
     * {@code A} restricted to equal positions, on variances.
     *
     * <p>Shapes: {@code [n]} to {@code [n']}.
     *
     * @param variances the variances, not modified
     * @return a fresh array
     */
    double[] variances(double[] variances);
}
