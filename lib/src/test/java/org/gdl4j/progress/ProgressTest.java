package org.gdl4j.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @AfterEach
    void restoreDefault() {
        Progress.resetDefaultRenderer();
    }

    @Test
    void defaultBarsGetARendererFromTheInstalledFactory() {
        RecordingRenderer recording = new RecordingRenderer();
        Progress.setDefaultRenderer(() -> recording);
        try (ProgressBar bar = Progress.bar("gram blocks", 3)) {
            bar.step(3);
        }
        assertTrue(recording.last().finished());
        assertEquals("gram blocks", recording.last().label());
    }

    @Test
    void resetRestoresTheConsoleRendererOnStandardError() {
        Progress.setDefaultRenderer(ProgressRenderer::silent);
        Progress.resetDefaultRenderer();
        assertInstanceOf(ConsoleProgressRenderer.class, Progress.newRenderer());
    }

    @Test
    void consoleDefaultWritesToTheStandardErrorOfTheMomentTheBarIsCreated() {
        PrintStream saved = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            Progress.bar("epochs", 2).close();
        } finally {
            System.setErr(saved);
        }
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\n"));
    }

    @Test
    void nullFactoryIsRejected() {
        assertThrows(NullPointerException.class, () -> Progress.setDefaultRenderer(null));
    }
}
