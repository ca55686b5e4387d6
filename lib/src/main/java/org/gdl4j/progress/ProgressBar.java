package org.gdl4j.progress;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A progress bar for a long loop: training epochs, blocks of a Gram matrix, Monte-Carlo sweeps.
 *
 * <p>Typical use, with the renderer chosen by {@link Progress}:
 * <pre>{@code
 * try (ProgressBar bar = Progress.bar("epochs", epochs)) {
 *     for (int e = 0; e < epochs; e++) {
 *         double loss = trainOneEpoch();
 *         bar.setMetric("loss", loss);
 *         bar.step();
 *     }
 * }
 * }</pre>
 *
 * <p><b>Lifecycle.</b> The bar renders once when created, then at most once per
 * {@link RenderThrottle#minInterval()} while it is stepped, and once more, always, when it is
 * closed. Closing twice does nothing; stepping, setting or adding metrics after closing throws
 * {@link IllegalStateException}. A bar closed early (an exception left the loop) finishes with the
 * count it reached.
 *
 * <p><b>Threads.</b> {@link #step()}, {@link #step(long)}, {@link #set(long)} and
 * {@link #setMetric} may be called from several threads at once, as in a parallel loop; no step
 * is lost and the renderer is never called concurrently. A step that races with {@link #close()}
 * may be counted but not shown.
 *
 * <p><b>Overshoot.</b> Counting past {@code total} is allowed and shown as it is
 * (for example {@code 105/100}); the bar stays full.
 */
public final class ProgressBar implements AutoCloseable {

    private final String label;
    private final long total;
    private final ProgressRenderer renderer;
    private final LongSupplier clock;
    private final long intervalNanos;
    private final long startNanos;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong lastRenderNanos;
    private final Object renderLock = new Object();
    private final Map<String, String> metrics = new LinkedHashMap<>();
    private volatile boolean closed;
    private volatile long endNanos;

    /**
     * Creates a bar with the default throttle (system clock, at most ten renderings a second) and
     * renders it once.
     *
     * @param label    what is counted, for example {@code "epochs"}
     * @param total    units of work announced, {@code >= 0}
     * @param renderer where the bar is shown; owned by this bar from now on
     */
    public ProgressBar(String label, long total, ProgressRenderer renderer) {
        this(label, total, renderer, RenderThrottle.DEFAULT);
    }

    /**
     * Creates a bar with a given clock and rendering interval, and renders it once.
     *
     * @param label    what is counted, for example {@code "epochs"}
     * @param total    units of work announced, {@code >= 0}
     * @param renderer where the bar is shown; owned by this bar from now on
     * @param throttle the clock and the least time between renderings
     */
    public ProgressBar(String label, long total, ProgressRenderer renderer, RenderThrottle throttle) {
        this.label = Objects.requireNonNull(label, "label");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(throttle, "throttle");
        if (total < 0) {
            throw new IllegalArgumentException("expected total >= 0 but got " + total);
        }
        this.total = total;
        this.clock = throttle.nanoTime();
        this.intervalNanos = throttle.minInterval().toNanos();
        this.startNanos = clock.getAsLong();
        this.lastRenderNanos = new AtomicLong(startNanos);
        synchronized (renderLock) {
            renderer.render(snapshotAt(startNanos, false));
        }
    }

    /** Counts one unit of work done; see {@link #step(long)}. */
    public void step() {
        step(1);
    }

    /**
     * Counts {@code n} units of work done, and renders if the throttle allows.
     *
     * @param n units done, {@code >= 0}
     * @throws IllegalStateException if the bar is closed
     */
    public void step(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("expected a step n >= 0 but got " + n);
        }
        requireOpen("step");
        done.addAndGet(n);
        renderIfDue();
    }

    /**
     * Sets the count of work done, for loops that know their position rather than count steps;
     * and renders if the throttle allows.
     *
     * @param newDone units done so far, {@code >= 0}
     * @throws IllegalStateException if the bar is closed
     */
    public void set(long newDone) {
        if (newDone < 0) {
            throw new IllegalArgumentException("expected done >= 0 but got " + newDone);
        }
        requireOpen("set");
        done.set(newDone);
        renderIfDue();
    }

    /**
     * Sets a live metric shown after the counts, such as {@code loss=0.1235}; metrics keep the
     * order in which they were first set. The value is shown from the next rendering on, so set
     * it before {@link #step()}.
     *
     * @param name  the metric's name, for example {@code "loss"}
     * @param value its current value, shown with four significant digits
     * @throws IllegalStateException if the bar is closed
     */
    public void setMetric(String name, double value) {
        Objects.requireNonNull(name, "name");
        requireOpen("setMetric");
        synchronized (metrics) {
            metrics.put(name, ProgressFormat.number(value));
        }
    }

    /** @return the label given at creation */
    public String label() {
        return label;
    }

    /** @return the units of work announced at creation */
    public long total() {
        return total;
    }

    /** @return the units of work counted so far */
    public long done() {
        return done.get();
    }

    /** @return whether {@link #close()} has been called */
    public boolean isClosed() {
        return closed;
    }

    /**
     * The current state, as a renderer would see it.
     *
     * @return a snapshot; after closing, its elapsed time is the time at closing
     */
    public ProgressSnapshot snapshot() {
        boolean finished = closed;
        return snapshotAt(finished ? endNanos : clock.getAsLong(), finished);
    }

    /** Finishes the bar: renders a last snapshot with {@code finished} set. Idempotent. */
    @Override
    public void close() {
        synchronized (renderLock) {
            if (closed) {
                return;
            }
            endNanos = clock.getAsLong();
            closed = true;
            renderer.render(snapshotAt(endNanos, true));
        }
    }

    private void renderIfDue() {
        long now = clock.getAsLong();
        long last = lastRenderNanos.get();
        if (now - last < intervalNanos || !lastRenderNanos.compareAndSet(last, now)) {
            return;
        }
        synchronized (renderLock) {
            if (!closed) {
                renderer.render(snapshotAt(now, false));
            }
        }
    }

    private ProgressSnapshot snapshotAt(long nanos, boolean finished) {
        Duration elapsed = Duration.ofNanos(Math.max(0, nanos - startNanos));
        return new ProgressSnapshot(label, done.get(), total, elapsed, metricsText(), finished);
    }

    private String metricsText() {
        StringJoiner text = new StringJoiner(" ");
        synchronized (metrics) {
            metrics.forEach((name, value) -> text.add(name + "=" + value));
        }
        return text.toString();
    }

    private void requireOpen(String operation) {
        if (closed) {
            throw new IllegalStateException(
                    operation + " on the progress bar '" + label + "' after it was closed");
        }
    }
}
