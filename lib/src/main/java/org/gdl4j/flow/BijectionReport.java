package org.gdl4j.flow;

/**
 * What {@link BijectionCheck} measured on a batch of {@code N} samples.
 *
 * @param roundTripError {@code max|f⁻¹(f(x)) − x|} over all coordinates
 * @param logDetError {@code max_n |log|det J_f(x_n)| − log|det J_brute(x_n)||}, the analytic log-determinant
 *     against that of the central-difference Jacobian
 * @param inverseLogDetError {@code max_n |log|det ∂f/∂x| + log|det ∂f⁻¹/∂y||} at {@code y = f(x)}
 * @param analyticLogDets the analytic {@code log|det ∂f/∂x|} per sample
 * @param bruteForceLogDets the brute-force values per sample
 * @param determinantSigns the sign of the brute-force determinant per sample
 */
public record BijectionReport(double roundTripError, double logDetError, double inverseLogDetError,
                              double[] analyticLogDets, double[] bruteForceLogDets, int[] determinantSigns) {

    /** Copies the arrays. */
    public BijectionReport {
        analyticLogDets = analyticLogDets.clone();
        bruteForceLogDets = bruteForceLogDets.clone();
        determinantSigns = determinantSigns.clone();
    }

    /**
     * Fails unless both the round trip and the log-determinants agree within the tolerances.
     *
     * @param roundTripTolerance bound on {@link #roundTripError()}
     * @param logDetTolerance bound on {@link #logDetError()} and {@link #inverseLogDetError()}
     * @throws AssertionError naming the failed quantity and the measured values
     */
    public void assertWithin(double roundTripTolerance, double logDetTolerance) {
        if (!(roundTripError <= roundTripTolerance && logDetError <= logDetTolerance
                && inverseLogDetError <= logDetTolerance)) {
            throw new AssertionError("bijection check failed: " + this + " (tolerances: round trip "
                    + roundTripTolerance + ", log-det " + logDetTolerance + ")");
        }
    }

    @Override
    public String toString() {
        return String.format("round trip %.3e, log-det vs brute force %.3e, forward + inverse log-det %.3e",
                roundTripError, logDetError, inverseLogDetError);
    }
}
