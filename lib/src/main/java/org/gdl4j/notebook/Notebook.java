package org.gdl4j.notebook;

import java.util.Objects;
import org.gdl4j.progress.Progress;

/**
 * Switches the library's notebook-wide behaviour when it runs inside a Jupyter kernel.
 *
 * <p>The gdl4j IJava startup script calls {@link #useDisplay(DisplaySurface)} once, so that every
 * progress bar the library creates (training loops, kernel computations) shows as one HTML output
 * updated in place. {@link Progress#resetDefaultRenderer()} returns to console bars.
 */
public final class Notebook {

    private Notebook() {
    }

    /**
     * Makes progress bars created from now on render as HTML on {@code surface}, one notebook
     * output per bar.
     *
     * @param surface the kernel's display, wrapped as a {@link DisplaySurface}
     */
    public static void useDisplay(DisplaySurface surface) {
        Objects.requireNonNull(surface, "surface");
        Progress.setDefaultRenderer(() -> new HtmlProgressRenderer(surface));
    }
}
