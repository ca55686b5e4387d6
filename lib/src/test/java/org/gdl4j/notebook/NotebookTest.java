package org.gdl4j.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdl4j.progress.Progress;
import org.gdl4j.progress.ProgressBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NotebookTest {

    @AfterEach
    void restoreConsoleBars() {
        Progress.resetDefaultRenderer();
    }

    @Test
    void useDisplayMakesEachDefaultBarOneHtmlOutput() {
        HtmlProgressRendererTest.FakeSurface surface = new HtmlProgressRendererTest.FakeSurface();
        Notebook.useDisplay(surface);
        try (ProgressBar bar = Progress.bar("kernel rows", 10)) {
            bar.step(10);
        }
        try (ProgressBar bar = Progress.bar("epochs", 2)) {
            bar.step(2);
        }
        assertEquals(2, surface.shown.size());
        assertTrue(surface.shown.get(0).contains("kernel rows"));
        assertTrue(surface.updatedIds.contains("display-1") && surface.updatedIds.contains("display-2"));
    }
}
