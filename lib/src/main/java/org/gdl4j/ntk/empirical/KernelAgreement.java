package org.gdl4j.ntk.empirical;

import java.util.Objects;

/**
 * A Monte-Carlo Gram matrix compared entry by entry with the analytic one. An entry agrees when
 * {@code |estimate − analytic| ≤ z·SE + atol + rtol·|analytic|}: {@code z} standard errors cover the
 * sampling noise and {@code atol + rtol·|analytic|} is a declared allowance for the finite-width bias, which
 * no number of networks removes.
 *
 * @param estimate the Monte-Carlo estimate
 * @param analytic the analytic Gram matrix, {@code [N][N]}
 */
public record KernelAgreement(KernelEstimate estimate, double[][] analytic) {

    /**
     * Checks the shapes.
     *
     * @param estimate the Monte-Carlo estimate
     * @param analytic the analytic Gram matrix
     * @throws IllegalArgumentException if the shapes differ
     */
    public KernelAgreement {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(analytic, "analytic");
        if (analytic.length != estimate.mean().length) {
            throw new IllegalArgumentException("expected a " + estimate.mean().length + "-row analytic Gram but got "
                    + analytic.length + " rows");
        }
    }

    /**
     * The largest deviation in standard errors, {@code max |estimate − analytic| / SE}.
     *
     * @return the largest standardised deviation
     */
    public double maxStandardizedDeviation() {
        double worst = 0;
        for (int i = 0; i < analytic.length; i++) {
            for (int j = 0; j < analytic[i].length; j++) {
                worst = Math.max(worst, Math.abs(estimate.mean()[i][j] - analytic[i][j])
                        / estimate.standardError()[i][j]);
            }
        }
        return worst;
    }

    /**
     * The largest relative deviation, {@code max |estimate − analytic| / |analytic|}.
     *
     * @return the largest relative deviation
     */
    public double maxRelativeDeviation() {
        double worst = 0;
        for (int i = 0; i < analytic.length; i++) {
            for (int j = 0; j < analytic[i].length; j++) {
                worst = Math.max(worst, Math.abs(estimate.mean()[i][j] - analytic[i][j]) / Math.abs(analytic[i][j]));
            }
        }
        return worst;
    }

    /**
     * Fails unless every entry agrees.
     *
     * @param sigmas standard errors allowed, {@code z ≥ 0}
     * @param atol   absolute finite-width allowance
     * @param rtol   relative finite-width allowance
     * @throws AssertionError with the table of entries if one disagrees
     */
    public void assertWithin(double sigmas, double atol, double rtol) {
        for (int i = 0; i < analytic.length; i++) {
            for (int j = 0; j < analytic[i].length; j++) {
                double bound = sigmas * estimate.standardError()[i][j] + atol + rtol * Math.abs(analytic[i][j]);
                if (!(Math.abs(estimate.mean()[i][j] - analytic[i][j]) <= bound)) {
                    throw new AssertionError("entry (" + i + ", " + j + ") exceeds " + sigmas + " SE + " + atol
                            + " + " + rtol + "·|analytic|\n" + this);
                }
            }
        }
    }

    @Override
    public String toString() {
        StringBuilder table = new StringBuilder("(i, j)  analytic  Monte Carlo ± SE  (deviation/SE) over "
                + estimate.members() + " networks\n");
        for (int i = 0; i < analytic.length; i++) {
            for (int j = i; j < analytic[i].length; j++) {
                double se = estimate.standardError()[i][j];
                double mc = estimate.mean()[i][j];
                table.append(String.format("(%d, %d)  %.5f  %.5f ± %.5f  (%+.2f)%n", i, j, analytic[i][j], mc, se,
                        (mc - analytic[i][j]) / se));
            }
        }
        return table.toString();
    }
}
