package org.gdl4j.ntk;

import org.gdl4j.nn.Parameterization;

/**
 * The kernel map of a linear layer given its averaging operator: the NNGP and NTK recursions of
 * neural-tangents for both parameterisations (see {@link Initialization}).
 */
public final class LinearKernelMap {

    private LinearKernelMap() {
    }

    /**
     * Applies {@code K' = σ_w² A(K) + σ_b²} and the NTK recursion of the parameterisation; the
     * self-covariances get the NNGP map.
     *
     * @param in              the kernel before the layer
     * @param op              the averaging operator {@code A}
     * @param init            scales and parameterisation
     * @param fanInPerChannel fan-in per input channel: 1 dense, {@code q²} convolution, {@code 4q²} C4 group
     *                        convolution
     * @param width           output channels of the finite layer
     * @return the kernel after the layer
     */
    public static Kernel apply(Kernel in, PairOperator op, Initialization init, int fanInPerChannel, int width) {
        double w = init.weightVariance();
        double b = init.biasVariance();
        double[] nngp = op.pair(in.nngp());
        double[] ntk = isZero(in.ntk()) ? new double[nngp.length] : op.pair(in.ntk());
        if (init.parameterization() == Parameterization.STANDARD) {
            double fanIn = (double) in.channels() * fanInPerChannel;
            double bias = init.biasStd().isPresent() ? 1 : 0;
            for (int i = 0; i < nngp.length; i++) {
                double averaged = nngp[i];
                ntk[i] = fanIn * averaged + w * ntk[i] + bias;
                nngp[i] = w * averaged + b;
            }
        } else {
            for (int i = 0; i < nngp.length; i++) {
                nngp[i] = w * nngp[i] + b;
                ntk[i] = w * ntk[i] + nngp[i];
            }
        }
        KernelDomain out = op.outputDomain();
        return new Kernel(out, width, nngp, ntk,
                self(in.covX(), op, out, w, b), self(in.covY(), op, out, w, b));
    }

    /** True for the input kernel's NTK; {@code A(0) = 0} needs no work. */
    private static boolean isZero(double[] values) {
        for (double v : values) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    private static SelfCovariance self(SelfCovariance cov, PairOperator op, KernelDomain out, double w, double b) {
        return cov.map(out, full -> affine(op.pair(full), w, b), v -> affine(op.variances(v), w, b));
    }

    private static double[] affine(double[] values, double w, double b) {
        for (int i = 0; i < values.length; i++) {
            values[i] = w * values[i] + b;
        }
        return values;
    }
}
