package org.gdl4j.ntk;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The self-covariance of one input of a kernel pair, {@code K(x, x)}, in one of the {@link CovarianceForm}s.
 *
 * <p>Shapes: {@code variances [n]} (the diagonal over positions; empty for {@link CovarianceForm#NONE});
 * {@code full [B, n, n]} for {@link CovarianceForm#FULL}, empty otherwise. Arrays are shared, not copied;
 * no layer modifies an array it receives.
 *
 * @param form      what is carried
 * @param variances {@code K(x, x)[p, p]} over positions {@code p}
 * @param full      the whole self-kernel when {@code form == FULL}
 */
public record SelfCovariance(CovarianceForm form, double[] variances, double[] full) {

    private static final double[] EMPTY = new double[0];
    private static final SelfCovariance NONE = new SelfCovariance(CovarianceForm.NONE, EMPTY, EMPTY);

    /**
     * Validates that the arrays fit the form.
     *
     * @param form      what is carried
     * @param variances {@code K(x, x)[p, p]} over positions {@code p}
     * @param full      the whole self-kernel when {@code form == FULL}
     * @throws IllegalArgumentException if an array is empty where the form needs it, or present where it
     *                                  does not
     */
    public SelfCovariance {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(variances, "variances");
        Objects.requireNonNull(full, "full");
        boolean wantsVariances = form != CovarianceForm.NONE;
        boolean wantsFull = form == CovarianceForm.FULL;
        if (wantsVariances == (variances.length == 0) || wantsFull == (full.length == 0)) {
            throw new IllegalArgumentException("expected " + form + " covariance arrays (variances "
                    + (wantsVariances ? "non-empty" : "empty") + ", full " + (wantsFull ? "non-empty" : "empty")
                    + ") but got lengths " + variances.length + " and " + full.length);
        }
    }

    /**
     * Only the variances.
     *
     * @param variances {@code [n]}
     * @return a {@link CovarianceForm#DIAGONAL} covariance
     */
    public static SelfCovariance diagonal(double[] variances) {
        return new SelfCovariance(CovarianceForm.DIAGONAL, variances, EMPTY);
    }

    /**
     * The whole self-kernel; the variances are read from block 0 of it.
     *
     * @param domain where the kernel lives
     * @param full   {@code [B, n, n]}
     * @return a {@link CovarianceForm#FULL} covariance
     */
    public static SelfCovariance full(KernelDomain domain, double[] full) {
        return new SelfCovariance(CovarianceForm.FULL, domain.diagonal(full), full);
    }

    /**
     * The covariance after pooling discarded the variances.
     *
     * @return the shared {@link CovarianceForm#NONE} covariance
     */
    public static SelfCovariance none() {
        return NONE;
    }

    /**
     * The variances, for a nonlinearity.
     *
     * @param layer the layer that asks, for the message
     * @return {@code [n]}
     * @throws IllegalStateException if the form is {@link CovarianceForm#NONE}
     */
    public double[] requireVariances(String layer) {
        if (form == CovarianceForm.NONE) {
            throw new IllegalStateException(layer + " needs the variances of the pooled kernel, but pooling "
                    + "discarded them; build the input kernel with CovarianceForm.FULL "
                    + "(KernelLayer.requiredInputForm() of the whole network says so)");
        }
        return variances;
    }

    /**
     * Applies a linear map of pair kernels: to the whole self-kernel when {@link CovarianceForm#FULL},
     * else to the variances; {@link CovarianceForm#NONE} stays so.
     *
     * @param out          the domain after the map
     * @param onFull       the map on {@code [B, n, n]} self-kernels
     * @param onVariances  the same map restricted to the diagonal, {@code [n] → [n_out]}
     * @return the mapped covariance
     */
    public SelfCovariance map(KernelDomain out, UnaryOperator<double[]> onFull, UnaryOperator<double[]> onVariances) {
        return switch (form) {
            case FULL -> full(out, onFull.apply(full));
            case DIAGONAL -> diagonal(onVariances.apply(variances));
            case NONE -> NONE;
        };
    }

    /**
     * The number of stored numbers, for messages.
     *
     * @return a short description of the form and lengths
     */
    @Override
    public String toString() {
        return form + " covariance (" + variances.length + " variances, " + full.length + " full entries)";
    }
}
