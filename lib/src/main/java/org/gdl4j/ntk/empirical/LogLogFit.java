package org.gdl4j.ntk.empirical;

import java.util.Objects;

/**
 * A least-squares line through {@code (log x, log y)}: {@code y ≈ e^intercept · x^slope}, e.g. an error
 * against width, where {@code slope = −1/2} is the expected {@code width^{-1/2}} law.
 *
 * @param slope     the exponent
 * @param intercept the log of the prefactor
 */
public record LogLogFit(double slope, double intercept) {

    /**
     * Fits the line.
     *
     * @param x positive abscissae, at least two distinct
     * @param y positive ordinates, as many as {@code x}
     * @return the fit
     * @throws IllegalArgumentException if the lengths differ, fewer than two points are given, a value is not
     *                                  positive, or all {@code x} are equal
     */
    public static LogLogFit of(double[] x, double[] y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("expected at least two points of equal length but got " + x.length
                    + " and " + y.length);
        }
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            if (!(x[i] > 0) || !(y[i] > 0)) {
                throw new IllegalArgumentException("expected positive values but got (" + x[i] + ", " + y[i] + ")");
            }
            mx += Math.log(x[i]) / n;
            my += Math.log(y[i]) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(x[i]) - mx;
            sxy += dx * (Math.log(y[i]) - my);
            sxx += dx * dx;
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("expected at least two distinct abscissae");
        }
        double slope = sxy / sxx;
        return new LogLogFit(slope, my - slope * mx);
    }

    /**
     * The fitted value at {@code x}.
     *
     * @param x a positive abscissa
     * @return {@code e^intercept · x^slope}
     */
    public double at(double x) {
        return Math.exp(intercept + slope * Math.log(x));
    }
}
