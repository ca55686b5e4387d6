package org.gdl4j.progress;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The library-wide default for progress bars: which renderer a new bar gets.
 *
 * <p>Library code creates its bars with {@link #bar(String, long)} and so never decides where
 * progress is shown. By default each bar rewrites one line of {@code System.err}
 * ({@link ConsoleProgressRenderer}); a Jupyter kernel switches to bars that update in place in
 * the notebook with {@code org.gdl4j.notebook.Notebook.useDisplay(...)}, and batch jobs can
 * silence them with {@code Progress.setDefaultRenderer(ProgressRenderer::silent)}.
 */
public final class Progress {

    private static final Supplier<ProgressRenderer> CONSOLE =
            () -> new ConsoleProgressRenderer(System.err);

    private static volatile Supplier<? extends ProgressRenderer> factory = CONSOLE;

    private Progress() {
    }

    /**
     * Creates a progress bar that shows through the default renderer; close it when the loop ends,
     * ideally with try-with-resources.
     *
     * @param label what is counted, for example {@code "epochs"}
     * @param total units of work announced, {@code >= 0}
     * @return a new, open bar that has rendered once
     */
    public static ProgressBar bar(String label, long total) {
        return new ProgressBar(label, total, newRenderer());
    }

    /**
     * A fresh renderer from the current default, for bars built with their own
     * {@link RenderThrottle}.
     *
     * @return a renderer for one bar
     */
    public static ProgressRenderer newRenderer() {
        return Objects.requireNonNull(factory.get(), "the default renderer factory returned null");
    }

    /**
     * Replaces the default; bars created from now on get a renderer from {@code rendererFactory},
     * one per bar. Bars already running keep theirs.
     *
     * @param rendererFactory makes one renderer per bar, for example
     *                        {@code () -> ProgressRenderer.console(System.out)}
     */
    public static void setDefaultRenderer(Supplier<? extends ProgressRenderer> rendererFactory) {
        factory = Objects.requireNonNull(rendererFactory, "rendererFactory");
    }

    /** Restores the console renderer on {@code System.err} as the default. */
    public static void resetDefaultRenderer() {
        factory = CONSOLE;
    }
}
