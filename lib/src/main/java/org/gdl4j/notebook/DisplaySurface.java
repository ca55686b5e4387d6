package org.gdl4j.notebook;

/**
 * Somewhere HTML can be shown and later replaced in place: a Jupyter output area.
 *
 * <p>gdl4j does not depend on the Jupyter kernel's classes. The gdl4j kernel's startup script
 * ({@code environment/kernel/startup.jshell}) implements this interface with IJava's {@code display} and
 * {@code updateDisplay}, wrapping the HTML in a small record for which it registers a {@code text/html}
 * renderer, and passes it to {@link Notebook#useDisplay(DisplaySurface)}.
 */
public interface DisplaySurface {

    /**
     * Publishes a new output.
     *
     * @param html the content, an HTML fragment
     * @return an id by which {@link #update} can replace this output
     */
    String show(String html);

    /**
     * Replaces an output published earlier by {@link #show}.
     *
     * @param displayId the id {@link #show} returned
     * @param html      the new content, an HTML fragment
     */
    void update(String displayId, String html);
}
