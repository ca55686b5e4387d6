package org.gdl4j.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Text for the parts of a progress display, shared by the console and notebook renderers so
 * that both read the same: durations as {@code m:ss}, rates as {@code 12.3 it/s} or
 * {@code 2.5 s/it}, metric values with four significant digits.
 */
public final class ProgressFormat {

    private static final MathContext FOUR_DIGITS = new MathContext(4);

    private ProgressFormat() {
    }

    /**
     * Formats a duration as {@code m:ss} below an hour and {@code h:mm:ss} above, rounded down
     * to whole seconds.
     *
     * @param duration a non-negative duration
     * @return for example {@code "0:04"}, {@code "12:30"} or {@code "1:02:03"}
     */
    public static String duration(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("expected a non-negative duration but got " + duration);
        }
        long seconds = duration.getSeconds();
        long hours = seconds / 3600;
        long minutes = (seconds % 3600) / 60;
        long secs = seconds % 60;
        if (hours > 0) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs);
        }
        return String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }

    /**
     * Formats a rate: items per second when at least one item a second, otherwise seconds per
     * item, which reads better for slow loops such as training epochs.
     *
     * @param perSecond a positive, finite rate in items per second
     * @return for example {@code "12.3 it/s"}, {@code "250 it/s"} or {@code "2.5 s/it"}
     */
    public static String rate(double perSecond) {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("expected a positive, finite rate but got " + perSecond);
        }
        if (perSecond >= 100) {
            return String.format(Locale.ROOT, "%.0f it/s", perSecond);
        }
        if (perSecond >= 1) {
            return String.format(Locale.ROOT, "%.1f it/s", perSecond);
        }
        return String.format(Locale.ROOT, "%.1f s/it", 1 / perSecond);
    }

    /**
     * Formats a metric value with four significant digits, in plain notation between
     * {@code 1e-3} and {@code 1e5} and in scientific notation outside.
     *
     * @param value any double; NaN and infinities are written as Java writes them
     * @return for example {@code "0.1235"}, {@code "42"} or {@code "1.235e-07"}
     */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude == 0) {
            return "0";
        }
        if (magnitude >= 1e-3 && magnitude < 1e5) {
            return new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.3e", value);
    }
}
