package org.gdl4j.ntk;

import java.util.Objects;

/** Builds the input kernel of a pair of images; see {@link Kernel#between}. */
final class InputKernel {

    private InputKernel() {
    }

    static Kernel between(PlanarImage x, PlanarImage y, CovarianceForm form) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(form, "form");
        if (!x.sameShape(y)) {
            throw new IllegalArgumentException("expected images of one shape but got " + x.shape() + " and "
                    + y.shape());
        }
        if (form == CovarianceForm.NONE) {
            throw new IllegalArgumentException("expected an input covariance form DIAGONAL or FULL but got NONE");
        }
        PlaneDomain domain = new PlaneDomain(x.height(), x.width());
        double[] nngp = cross(x, y);
        double[] ntk = new double[nngp.length];
        return new Kernel(domain, x.channels(), nngp, ntk, self(domain, x, form), self(domain, y, form));
    }

    /**
     * The input kernel already flattened: what {@link Flatten} makes of {@link #between}, computed in
     * {@code O(C·H·W)} instead of building the {@code [H·W, H·W]} pair kernel, since flattening keeps only its
     * diagonal. {@code K = (1/(C·H·W)) Σ_{c,t} x_c(t) y_c(t)}, the NTK is zero, the variances are the mean
     * squared pixel values, and the kernel counts {@code C·H·W} channels.
     *
     * @param x    first image
     * @param y    second image, same shape
     * @param form how much self-covariance to carry
     * @return the pooled kernel
     */
    static Kernel flattened(PlanarImage x, PlanarImage y, CovarianceForm form) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (!x.sameShape(y)) {
            throw new IllegalArgumentException("expected images of one shape but got " + x.shape() + " and "
                    + y.shape());
        }
        if (form == CovarianceForm.NONE) {
            throw new IllegalArgumentException("expected an input covariance form DIAGONAL or FULL but got NONE");
        }
        int features = x.channels() * x.height() * x.width();
        double[] pooled = {meanProduct(x.values(), y.values())};
        return new Kernel(Pooling.POOLED, features, pooled, new double[1], pooledSelf(x, form), pooledSelf(y, form));
    }

    private static SelfCovariance pooledSelf(PlanarImage x, CovarianceForm form) {
        double[] variance = {meanProduct(x.values(), x.values())};
        return form == CovarianceForm.FULL ? SelfCovariance.full(Pooling.POOLED, variance)
                : SelfCovariance.diagonal(variance);
    }

    private static double meanProduct(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum / a.length;
    }

    private static SelfCovariance self(PlaneDomain domain, PlanarImage x, CovarianceForm form) {
        return form == CovarianceForm.FULL
                ? SelfCovariance.full(domain, cross(x, x))
                : SelfCovariance.diagonal(variances(x));
    }

    /** {@code (1/C) Σ_c x_c(t) y_c(t')}, {@code [H·W, H·W]}. */
    static double[] cross(PlanarImage x, PlanarImage y) {
        int n = x.height() * x.width();
        int channels = x.channels();
        double[] xs = x.values();
        double[] ys = y.values();
        double[] out = new double[n * n];
        for (int t = 0; t < n; t++) {
            for (int u = 0; u < n; u++) {
                double sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += xs[c * n + t] * ys[c * n + u];
                }
                out[t * n + u] = sum / channels;
            }
        }
        return out;
    }

    /** {@code (1/C) Σ_c x_c(t)²}, {@code [H·W]}, summed in the same order as {@link #cross}. */
    static double[] variances(PlanarImage x) {
        int n = x.height() * x.width();
        int channels = x.channels();
        double[] xs = x.values();
        double[] out = new double[n];
        for (int t = 0; t < n; t++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += xs[c * n + t] * xs[c * n + t];
            }
            out[t] = sum / channels;
        }
        return out;
    }
}
