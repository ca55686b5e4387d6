package org.gdl4j.ntk.empirical;

import java.util.Objects;

/**
 * A Monte-Carlo estimate of a Gram matrix over random initialisations: the sample mean of
 * {@code f(x_i) f(x_j)} (or of empirical NTK entries) and its standard error.
 *
 * <p>Shapes: both matrices {@code [N][N]}. The arrays are shared, not copied.
 *
 * @param mean          the sample mean over {@code M} networks
 * @param standardError the standard error of the mean, {@code s/√M} with the unbiased sample deviation
 *                      {@code s}
 * @param members       {@code M ≥ 2}, the number of networks
 */
public record KernelEstimate(double[][] mean, double[][] standardError, int members) {

    /**
     * Validates the estimate.
     *
     * @param mean          the sample mean over {@code M} networks
     * @param standardError the standard error of the mean
     * @param members       {@code M ≥ 2}
     * @throws IllegalArgumentException if the shapes differ or fewer than two networks were used
     */
    public KernelEstimate {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(standardError, "standardError");
        if (members < 2) {
            throw new IllegalArgumentException("expected at least 2 networks for a standard error but got " + members);
        }
        if (mean.length != standardError.length || mean.length > 0 && mean[0].length != standardError[0].length) {
            throw new IllegalArgumentException("expected mean and standard error of one shape");
        }
    }

    /**
     * Accumulates per-network matrices {@code S[i][j]} into a mean and standard error.
     *
     * <p>Shapes: {@code sum} and {@code sumOfSquares} {@code [N][N]}, the sums over {@code M} networks of
     * {@code S} and {@code S²}.
     *
     * @param sum          {@code Σ_m S_m}
     * @param sumOfSquares {@code Σ_m S_m²}
     * @param members      {@code M}
     * @return the estimate
     */
    static KernelEstimate fromSums(double[][] sum, double[][] sumOfSquares, int members) {
        int n = sum.length;
        double[][] mean = new double[n][];
        double[][] error = new double[n][];
        for (int i = 0; i < n; i++) {
            mean[i] = new double[sum[i].length];
            error[i] = new double[sum[i].length];
            for (int j = 0; j < sum[i].length; j++) {
                double m = sum[i][j] / members;
                double variance = Math.max(0, (sumOfSquares[i][j] - members * m * m) / (members - 1));
                mean[i][j] = m;
                error[i][j] = Math.sqrt(variance / members);
            }
        }
        return new KernelEstimate(mean, error, members);
    }
}
