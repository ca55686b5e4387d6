package org.gdl4j.check;

import java.util.Locale;
import java.util.Objects;
import org.gdl4j.Precision;

/**
 * How far two arrays may differ for a check to pass: {@code max|a − b| ≤ atol + rtol · max|b|}.
 *
 * <p>{@link #exact(Precision)} is for results that agree up to rounding (pixel permutations, channel
 * mixing, representation laws); {@link #interpolated(double)} is for interpolated rotations, where the
 * caller states the number it measured and bounded for its images.
 *
 * @param atol the absolute tolerance, finite and {@code ≥ 0}
 * @param rtol the tolerance relative to the largest magnitude of the reference, finite and {@code ≥ 0}
 */
public record Tolerance(double atol, double rtol) {

    /**
     * Validates both tolerances.
     *
     * @param atol see the record component {@code atol}
     * @param rtol see the record component {@code rtol}
     * @throws IllegalArgumentException if a tolerance is negative, NaN or infinite
     */
    public Tolerance {
        requireTolerance(atol, "atol");
        requireTolerance(rtol, "rtol");
    }

    private static void requireTolerance(double value, String name) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("expected a finite, non-negative " + name + " but got " + value);
        }
    }

    /**
     * The tolerance of results that agree up to rounding in {@code precision}: {@code atol = rtol =}
     * {@link Precision#exactTolerance()}, that is 1e-5 in float32 and 1e-10 in float64.
     *
     * @param precision the precision the compared arrays were computed in
     * @return the exact tolerance of that precision
     */
    public static Tolerance exact(Precision precision) {
        Objects.requireNonNull(precision, "precision");
        return new Tolerance(precision.exactTolerance(), precision.exactTolerance());
    }

    /**
     * The tolerance of an interpolated action: an absolute bound stated by the caller (for example 0.1 for
     * smooth images masked to a disc), with {@code rtol = 0}.
     *
     * @param atol the largest absolute error allowed, finite and {@code ≥ 0}
     * @return {@code new Tolerance(atol, 0)}
     * @throws IllegalArgumentException if {@code atol} is negative, NaN or infinite
     */
    public static Tolerance interpolated(double atol) {
        return new Tolerance(atol, 0.0);
    }

    /**
     * The error allowed against a reference of largest magnitude {@code scale}.
     *
     * @param scale {@code max|b|}, the largest magnitude of the reference values
     * @return {@code atol + rtol · scale}
     */
    public double bound(double scale) {
        return atol + rtol * scale;
    }

    /**
     * Whether an error is within this tolerance; NaN errors never are.
     *
     * @param error the largest absolute difference {@code max|a − b|}
     * @param scale {@code max|b|}
     * @return {@code error ≤ atol + rtol · scale}
     */
    public boolean allows(double error, double scale) {
        return error <= bound(scale);
    }

    /**
     * A readable form such as {@code atol = 1.0e-05, rtol = 1.0e-05}.
     *
     * @return both tolerances
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "atol = %.1e, rtol = %.1e", atol, rtol);
    }
}
