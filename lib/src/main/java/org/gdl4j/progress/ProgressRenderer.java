package org.gdl4j.progress;

import java.io.PrintStream;

/**
 * Shows {@link ProgressSnapshot}s somewhere: a console line, a notebook output, nowhere.
 *
 * <p>A {@link ProgressBar} owns one renderer and calls it from one thread at a time, in order:
 * once when the bar is created, then at most about every 100 ms while work is done, and once
 * more with {@link ProgressSnapshot#finished()} set when the bar is closed. An implementation
 * therefore needs no locking of its own, but should not be shared between bars that run at the
 * same time. Exceptions thrown by {@link #render} reach the code that stepped the bar.
 */
@FunctionalInterface
public interface ProgressRenderer {

    /**
     * Shows one snapshot, replacing what this renderer showed before.
     *
     * @param snapshot the state of the bar; never null
     */
    void render(ProgressSnapshot snapshot);

    /**
     * A renderer that shows nothing, for tests and batch jobs.
     *
     * @return a renderer that ignores every snapshot
     */
    static ProgressRenderer silent() {
        return snapshot -> { };
    }

    /**
     * A renderer that rewrites one line of {@code out} in place; see {@link ConsoleProgressRenderer}.
     *
     * @param out where the line is written, for example {@code System.err}
     * @return a new console renderer for one bar
     */
    static ProgressRenderer console(PrintStream out) {
        return new ConsoleProgressRenderer(out);
    }
}
