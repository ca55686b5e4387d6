package org.gdl4j.ntk;

import java.util.Objects;

/**
 * The infinite-width NNGP kernel {@code K(x, x')} and neural tangent kernel {@code Θ(x, x')} of one pair of
 * inputs at one layer, together with the self-covariances the nonlinearities need.
 *
 * <p>This is the value a {@link KernelLayer} maps, as the {@code Kernel} of neural-tangents (Novak et al.,
 * ICLR 2020) with fields {@code nngp}, {@code ntk}, {@code cov1}, {@code cov2}, restricted to one pair.
 * Shapes, with {@code n = domain.positions()} and {@code B = domain.blocks()}:
 * <ul>
 *   <li>{@code nngp}, {@code ntk}: {@code [B, n, n]}, see {@link KernelDomain}. For an {@code H×W} image
 *       this is the spatial covariance {@code [H·W, H·W]} over pixel pairs; after pooling a scalar
 *       {@code [1]}.</li>
 *   <li>{@code covX}, {@code covY}: {@code K(x, x)} and {@code K(x', x')}, variances {@code [n]} and, in
 *       {@link CovarianceForm#FULL}, the whole self-kernel {@code [B, n, n]}.</li>
 * </ul>
 * {@code channels} is the width of the finite network at this layer (input channels {@code C} at the
 * input); only the standard parameterisation reads it.
 *
 * <p>Arrays are shared, not copied: treat them as read-only. Layers never modify their input.
 *
 * @param domain   the index set of the feature map
 * @param channels channels of the finite layer, {@code ≥ 1}
 * @param nngp     {@code K(x, x')}, {@code [B, n, n]}
 * @param ntk      {@code Θ(x, x')}, {@code [B, n, n]}
 * @param covX     self-covariance of {@code x}
 * @param covY     self-covariance of {@code x'}
 */
public record Kernel(KernelDomain domain, int channels, double[] nngp, double[] ntk,
                     SelfCovariance covX, SelfCovariance covY) {

    /**
     * Validates shapes against the domain.
     *
     * @param domain   the index set of the feature map
     * @param channels channels of the finite layer, {@code ≥ 1}
     * @param nngp     {@code K(x, x')}, {@code [B, n, n]}
     * @param ntk      {@code Θ(x, x')}, {@code [B, n, n]}
     * @param covX     self-covariance of {@code x}
     * @param covY     self-covariance of {@code x'}
     * @throws IllegalArgumentException if an array does not fit the domain, the two covariances differ in
     *                                  form, or {@code channels < 1}
     */
    public Kernel {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(nngp, "nngp");
        Objects.requireNonNull(ntk, "ntk");
        Objects.requireNonNull(covX, "covX");
        Objects.requireNonNull(covY, "covY");
        if (channels < 1) {
            throw new IllegalArgumentException("expected at least 1 channel but got " + channels);
        }
        requireLength("nngp", nngp.length, domain.pairSize(), domain);
        requireLength("ntk", ntk.length, domain.pairSize(), domain);
        if (covX.form() != covY.form()) {
            throw new IllegalArgumentException("expected covariances of one form but got " + covX.form()
                    + " and " + covY.form());
        }
        requireCovariance("covX", covX, domain);
        requireCovariance("covY", covY, domain);
    }

    private static void requireLength(String name, int actual, int expected, KernelDomain domain) {
        if (actual != expected) {
            throw new IllegalArgumentException("expected " + name + " of " + expected + " entries on " + domain
                    + " but got " + actual);
        }
    }

    private static void requireCovariance(String name, SelfCovariance cov, KernelDomain domain) {
        if (cov.form() != CovarianceForm.NONE) {
            requireLength(name + " variances", cov.variances().length, domain.positions(), domain);
        }
        if (cov.form() == CovarianceForm.FULL) {
            requireLength(name + " full", cov.full().length, domain.pairSize(), domain);
        }
    }

    /**
     * The input kernel of a pair of images, as in neural-tangents: {@code K⁰[t, t'] = (1/C) Σ_c x_c(t) x'_c(t')},
     * divided by the channel count only; the NTK of the input is zero.
     *
     * <p>Shapes: images {@code [C, H, W]}; result on {@link PlaneDomain}{@code (H, W)}, nngp and ntk
     * {@code [H·W, H·W]}, variances {@code [H·W]}.
     *
     * @param x    first image
     * @param y    second image, same shape
     * @param form how much self-covariance to carry
     * @return the input kernel
     * @throws IllegalArgumentException if the shapes differ or {@code form} is {@link CovarianceForm#NONE}
     */
    public static Kernel between(PlanarImage x, PlanarImage y, CovarianceForm form) {
        return InputKernel.between(x, y, form);
    }

    /**
     * The pooled NNGP value {@code K(x, x')}.
     *
     * @return the single entry of {@code nngp}
     * @throws IllegalStateException if the kernel is not pooled to a scalar
     */
    public double scalarNngp() {
        requirePooled();
        return nngp[0];
    }

    /**
     * The pooled NTK value {@code Θ(x, x')}.
     *
     * @return the single entry of {@code ntk}
     * @throws IllegalStateException if the kernel is not pooled to a scalar
     */
    public double scalarNtk() {
        requirePooled();
        return ntk[0];
    }

    private void requirePooled() {
        if (domain.pairSize() != 1) {
            throw new IllegalStateException("expected a kernel pooled to a scalar (end the network with global "
                    + "average pooling, group pooling or flatten and a dense readout) but it lives on " + domain);
        }
    }

    /**
     * A short description without the numbers.
     *
     * @return domain, channels and covariance form
     */
    @Override
    public String toString() {
        return "Kernel[" + domain + ", " + channels + " channels, " + covX.form() + " covariance]";
    }
}
