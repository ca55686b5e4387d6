package org.gdl4j.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gdl4j.progress.ProgressBar;
import org.gdl4j.progress.ProgressSnapshot;
import org.gdl4j.progress.RenderThrottle;
import org.junit.jupiter.api.Test;

class HtmlProgressRendererTest {

    /** Records calls; {@code show} hands out ids "display-1", "display-2", ... */
    static final class FakeSurface implements DisplaySurface {
        final List<String> shown = new ArrayList<>();
        final List<String> updatedIds = new ArrayList<>();
        final List<String> updatedHtml = new ArrayList<>();

        @Override
        public String show(String html) {
            shown.add(html);
            return "display-" + shown.size();
        }

        @Override
        public void update(String displayId, String html) {
            updatedIds.add(displayId);
            updatedHtml.add(html);
        }
    }

    @Test
    void firstSnapshotIsShownAndLaterOnesUpdateTheSameDisplay() {
        FakeSurface surface = new FakeSurface();
        try (ProgressBar bar = new ProgressBar("epochs", 3, new HtmlProgressRenderer(surface),
                new RenderThrottle(System::nanoTime, Duration.ZERO))) {
            bar.step();
            bar.step();
            bar.step();
        }
        assertEquals(1, surface.shown.size());
        assertTrue(surface.updatedIds.size() >= 1);
        assertTrue(surface.updatedIds.stream().allMatch("display-1"::equals), surface.updatedIds.toString());
        assertTrue(surface.updatedHtml.get(surface.updatedHtml.size() - 1).contains("done in"));
    }

    @Test
    void twoRenderersUseTwoDisplays() {
        FakeSurface surface = new FakeSurface();
        ProgressSnapshot s = new ProgressSnapshot("a", 0, 1, Duration.ZERO, "", false);
        new HtmlProgressRenderer(surface).render(s);
        HtmlProgressRenderer second = new HtmlProgressRenderer(surface);
        second.render(s);
        second.render(s);
        assertEquals(2, surface.shown.size());
        assertEquals(List.of("display-2"), surface.updatedIds);
    }

    @Test
    void htmlShowsProgressElementCountsRateEtaAndMetrics() {
        String html = HtmlProgressRenderer.html(
                new ProgressSnapshot("epochs", 45, 100, Duration.ofMillis(3660), "loss=0.123", false));
        assertTrue(html.contains("<progress value=\"45\" max=\"100\""), html);
        assertTrue(html.contains("45/100"), html);
        assertTrue(html.contains("12.3 it/s"), html);
        assertTrue(html.contains("ETA 0:04"), html);
        assertTrue(html.contains("loss=0.123"), html);
    }

    @Test
    void labelAndMetricsAreEscaped() {
        String html = HtmlProgressRenderer.html(
                new ProgressSnapshot("<b>&", 1, 2, Duration.ofSeconds(1), "a<b=1", false));
        assertTrue(html.contains("&lt;b&gt;&amp;"), html);
        assertTrue(html.contains("a&lt;b=1"), html);
        assertFalse(html.contains("<b><b>"), html);
    }

    @Test
    void overshootAndEmptyLoopsKeepAValidProgressElement() {
        String over = HtmlProgressRenderer.html(
                new ProgressSnapshot("x", 7, 5, Duration.ofSeconds(1), "", true));
        assertTrue(over.contains("<progress value=\"5\" max=\"5\""), over);
        String empty = HtmlProgressRenderer.html(new ProgressSnapshot("x", 0, 0, Duration.ZERO, "", true));
        assertTrue(empty.contains("<progress value=\"1\" max=\"1\""), empty);
    }
}
