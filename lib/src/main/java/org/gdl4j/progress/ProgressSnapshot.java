package org.gdl4j.progress;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An immutable view of a {@link ProgressBar} at one instant, handed to a {@link ProgressRenderer}.
 *
 * <p>{@code done} may exceed {@code total} when a loop does more work than it announced; the
 * {@link #fraction()} is then capped at 1 and the counts are shown as they are.
 *
 * @param label    what is being counted, for example {@code "epochs"}
 * @param done     units of work completed so far, {@code >= 0}
 * @param total    units of work announced when the bar was created, {@code >= 0}
 * @param elapsed  time since the bar was created (frozen when it finished)
 * @param metrics  live metrics as display text, for example {@code "loss=0.123 acc=0.91"};
 *                 empty when there are none
 * @param finished whether the bar has been closed; the last snapshot a renderer sees has this set
 */
public record ProgressSnapshot(
        String label, long done, long total, Duration elapsed, String metrics, boolean finished) {

    /**
     * Validates the fields.
     *
     * @param label    what is being counted
     * @param done     units completed, {@code >= 0}
     * @param total    units announced, {@code >= 0}
     * @param elapsed  time since the bar was created, non-negative
     * @param metrics  live metrics as text, empty for none
     * @param finished whether the bar has been closed
     */
    public ProgressSnapshot {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(metrics, "metrics");
        if (done < 0 || total < 0) {
            throw new IllegalArgumentException(
                    "expected done >= 0 and total >= 0 but got done = " + done + ", total = " + total);
        }
        if (elapsed.isNegative()) {
            throw new IllegalArgumentException("expected a non-negative elapsed time but got " + elapsed);
        }
    }

    /**
     * The completed fraction in {@code [0, 1]}: {@code done / total}, capped at 1. An empty
     * loop ({@code total = 0}) counts as complete.
     *
     * @return the fraction of the announced work that is done
     */
    public double fraction() {
        if (total == 0) {
            return 1.0;
        }
        return Math.min(1.0, (double) done / total);
    }

    /**
     * The mean rate so far, in units of work per second.
     *
     * @return the rate, or empty before any work is done or time has passed
     */
    public OptionalDouble ratePerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        if (done == 0 || seconds <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(done / seconds);
    }

    /**
     * The estimated time to finish at the mean rate so far; zero once {@code done >= total}.
     *
     * @return the estimate, or empty while the rate is unknown
     */
    public Optional<Duration> eta() {
        if (done >= total) {
            return Optional.of(Duration.ZERO);
        }
        OptionalDouble rate = ratePerSecond();
        if (rate.isEmpty()) {
            return Optional.empty();
        }
        double seconds = (total - done) / rate.getAsDouble();
        return Optional.of(Duration.ofNanos(Math.round(seconds * 1e9)));
    }
}
