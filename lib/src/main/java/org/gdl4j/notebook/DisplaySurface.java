package org.gdl4j.notebook;

/**
 * Somewhere HTML can be shown and later replaced in place: a Jupyter output area.
 *
 * <p>gdl4j does not depend on the Jupyter kernel's classes. The gdl4j IJava startup script
 * implements this interface with IJava's {@code display} and {@code updateDisplay} and passes it
 * to {@link Notebook#useDisplay(DisplaySurface)}:
 * <pre>{@code
 * Notebook.useDisplay(new DisplaySurface() {
 *     public String show(String html) { return display(html, "text/html"); }
 *     public void update(String id, String html) { updateDisplay(id, html, "text/html"); }
 * });
 * }</pre>
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
