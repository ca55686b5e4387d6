package org.gdl4j.notebook;

import java.util.Objects;
import org.gdl4j.progress.ProgressFormat;
import org.gdl4j.progress.ProgressRenderer;
import org.gdl4j.progress.ProgressSnapshot;

/**
 * Shows a progress bar as one notebook output that is updated in place: the first snapshot is
 * published with {@link DisplaySurface#show}, every later one replaces it with
 * {@link DisplaySurface#update}, so a loop of a thousand steps leaves one line in the notebook,
 * not a thousand. Each rendering is a small HTML fragment:
 * <pre>
 * epochs [=======&gt;     ]  45/100 · 12.3 it/s · ETA 0:04 · loss=0.123
 * </pre>
 * made of a native {@code <progress>} element and text; label and metrics are escaped.
 *
 * <p>Like every renderer, an instance serves one bar; {@link Notebook#useDisplay} installs a
 * factory that makes one per bar.
 */
public final class HtmlProgressRenderer implements ProgressRenderer {

    private static final String STYLE = "font-family:monospace;font-size:13px;line-height:1.8";
    private static final String BAR_STYLE = "width:16em;vertical-align:middle;margin:0 0.6em";
    private static final String SEPARATOR = " &middot; ";

    private final DisplaySurface surface;
    private String displayId;

    /**
     * Creates a renderer for one bar.
     *
     * @param surface where the bar is shown
     */
    public HtmlProgressRenderer(DisplaySurface surface) {
        this.surface = Objects.requireNonNull(surface, "surface");
    }

    @Override
    public void render(ProgressSnapshot snapshot) {
        String html = html(snapshot);
        if (displayId == null) {
            displayId = Objects.requireNonNull(
                    surface.show(html), "the display surface returned no display id");
        } else {
            surface.update(displayId, html);
        }
    }

    /**
     * The HTML for one snapshot.
     *
     * @param snapshot the state to show
     * @return a {@code <div>} with the label, a {@code <progress>} element, the counts, the rate,
     *         the ETA (or the elapsed time once finished) and the metrics
     */
    public static String html(ProgressSnapshot snapshot) {
        long max = Math.max(1, snapshot.total());
        long value = snapshot.total() == 0 ? 1 : Math.min(snapshot.done(), snapshot.total());
        StringBuilder html = new StringBuilder(256)
                .append("<div class=\"gdl4j-progress\" style=\"").append(STYLE).append("\">")
                .append("<b>").append(Html.escape(snapshot.label())).append("</b>")
                .append("<progress value=\"").append(value).append("\" max=\"").append(max)
                .append("\" style=\"").append(BAR_STYLE).append("\"></progress>")
                .append(snapshot.done()).append('/').append(snapshot.total())
                .append(SEPARATOR).append(rate(snapshot))
                .append(SEPARATOR).append(time(snapshot));
        if (!snapshot.metrics().isEmpty()) {
            html.append(SEPARATOR).append(Html.escape(snapshot.metrics()));
        }
        return html.append("</div>").toString();
    }

    private static String rate(ProgressSnapshot snapshot) {
        var rate = snapshot.ratePerSecond();
        return rate.isPresent() ? ProgressFormat.rate(rate.getAsDouble()) : "? it/s";
    }

    private static String time(ProgressSnapshot snapshot) {
        if (snapshot.finished()) {
            return "done in " + ProgressFormat.duration(snapshot.elapsed());
        }
        return "ETA " + snapshot.eta().map(ProgressFormat::duration).orElse("?");
    }
}
