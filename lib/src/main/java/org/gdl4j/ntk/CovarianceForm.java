package org.gdl4j.ntk;

/**
 * How much of the self-covariances {@code K(x, x)} and {@code K(x', x')} a {@link Kernel} carries.
 *
 * <p>Nonlinearities need only the variances (the diagonal over positions) while the map is spatial; a
 * nonlinearity after global pooling needs the pooled self-kernel, which only the full self-covariance
 * provides. {@link KernelLayer#requiredInputForm()} says which form a network needs.
 */
public enum CovarianceForm {
    /** Only the variances over positions, {@code [n]} per input: cheapest. */
    DIAGONAL,
    /** The whole self-kernel {@code [B, n, n]} per input: three times the work of {@link #DIAGONAL}. */
    FULL,
    /** Nothing: pooling discarded the variances; no nonlinearity may follow. */
    NONE
}
