package org.gdl4j.nn;

/**
 * How weights are scaled, following the conventions of neural-tangents (Novak et al., ICLR 2020) so that
 * finite networks and their infinite-width kernels can be compared number for number.
 *
 * <p>For a weight of fan-in {@code n} (inputs per output: {@code C_in·k²} for a convolution) and a bias:
 * <ul>
 *   <li>{@link #STANDARD}: {@code y = W x + b} with {@code W ~ N(0, σ_w²/n)} and {@code b ~ N(0, σ_b²)};</li>
 *   <li>{@link #NTK}: {@code y = (σ_w/√n) W x + σ_b b} with {@code W, b ~ N(0, 1)} (Jacot, Gabriel and
 *       Hongler, NeurIPS 2018); gradient descent then has a width-independent limit.</li>
 * </ul>
 * Both give the same distribution of outputs at initialisation; they differ in how training moves them.
 */
public enum Parameterization {
    /** Scale in the initial values; trained values enter unscaled. */
    STANDARD,
    /** Unit-variance parameters; the scale is a constant factor in the forward pass. */
    NTK
}
