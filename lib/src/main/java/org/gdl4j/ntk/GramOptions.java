package org.gdl4j.ntk;

import java.util.Objects;

/**
 * How a {@link Gram} matrix is computed.
 *
 * @param progress    whether to show a progress bar over kernel pairs
 * @param parallelism worker threads, {@code ≥ 1}
 */
public record GramOptions(ProgressDisplay progress, int parallelism) {

    /**
     * Validates the options.
     *
     * @param progress    whether to show a progress bar over kernel pairs
     * @param parallelism worker threads, {@code ≥ 1}
     * @throws IllegalArgumentException if {@code parallelism < 1}
     */
    public GramOptions {
        Objects.requireNonNull(progress, "progress");
        if (parallelism < 1) {
            throw new IllegalArgumentException("expected parallelism ≥ 1 but got " + parallelism);
        }
    }

    /**
     * No progress bar, one thread per available processor.
     *
     * @return the default options
     */
    public static GramOptions defaults() {
        return new GramOptions(ProgressDisplay.NONE, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The same options with a progress bar.
     *
     * @return options showing a bar
     */
    public GramOptions withProgressBar() {
        return new GramOptions(ProgressDisplay.BAR, parallelism);
    }
}
