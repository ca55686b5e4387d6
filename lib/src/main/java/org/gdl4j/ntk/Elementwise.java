package org.gdl4j.ntk;

import java.util.Objects;

/**
 * A pointwise nonlinearity layer, as {@code stax.Relu} and {@code stax.Erf}: every entry of the pair kernel
 * is mapped with the variances of its two positions (see {@link Activation}).
 *
 * <p>Shapes: any domain, unchanged. Needs the variances: after global or group pooling only with an input
 * built in {@link CovarianceForm#FULL}.
 *
 * @param activation the nonlinearity
 */
public record Elementwise(Activation activation) implements KernelLayer {

    /**
     * Validates the argument.
     *
     * @param activation the nonlinearity
     * @throws NullPointerException if {@code activation} is null
     */
    public Elementwise {
        Objects.requireNonNull(activation, "activation");
    }

    /**
     * The ReLU layer.
     *
     * @return {@code Elementwise(RELU)}
     */
    public static Elementwise relu() {
        return new Elementwise(Activation.RELU);
    }

    /**
     * The erf layer.
     *
     * @return {@code Elementwise(ERF)}
     */
    public static Elementwise erf() {
        return new Elementwise(Activation.ERF);
    }

    @Override
    public Kernel apply(Kernel in) {
        String name = activation + " layer";
        double[] vx = in.covX().requireVariances(name);
        double[] vy = in.covY().requireVariances(name);
        KernelDomain domain = in.domain();
        double[][] mapped = activation.mapped(in.nngp(), in.ntk(), vx, vy, domain.blocks(), domain.positions());
        return new Kernel(domain, in.channels(), mapped[0], mapped[1], self(in.covX(), domain),
                self(in.covY(), domain));
    }

    private SelfCovariance self(SelfCovariance cov, KernelDomain domain) {
        double[] v = cov.variances();
        return cov.map(domain, full -> {
            double[] out = full.clone();
            activation.map(out, new double[0], v, v, domain.blocks(), domain.positions());
            return out;
        }, variances -> {
            double[] out = new double[variances.length];
            for (int p = 0; p < out.length; p++) {
                out[p] = activation.variance(variances[p]);
            }
            return out;
        });
    }

    @Override
    public boolean usesVariances() {
        return true;
    }
}
