package org.gdl4j.progress;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * How often a {@link ProgressBar} may call its renderer, and the clock it reads.
 *
 * <p>Rendering costs far more than counting (a console write, a message to the notebook), so a
 * bar renders at most once per {@code minInterval}, plus once when it is created and once when
 * it is closed. Tests pass a fake clock to control time without sleeping.
 *
 * @param nanoTime    a monotonic clock in nanoseconds, like {@link System#nanoTime()}
 * @param minInterval the least time between two renderings while the bar runs; zero renders on
 *                    every step
 */
public record RenderThrottle(LongSupplier nanoTime, Duration minInterval) {

    /** The default: the system clock and at most ten renderings a second. */
    public static final RenderThrottle DEFAULT =
            new RenderThrottle(System::nanoTime, Duration.ofMillis(100));

    /**
     * Validates the fields.
     *
     * @param nanoTime    a monotonic nanosecond clock
     * @param minInterval the least time between renderings, non-negative
     */
    public RenderThrottle {
        Objects.requireNonNull(nanoTime, "nanoTime");
        Objects.requireNonNull(minInterval, "minInterval");
        if (minInterval.isNegative()) {
            throw new IllegalArgumentException(
                    "expected a non-negative minInterval but got " + minInterval);
        }
    }
}
