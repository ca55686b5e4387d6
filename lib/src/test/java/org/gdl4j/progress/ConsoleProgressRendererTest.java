package org.gdl4j.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConsoleProgressRendererTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lineShowsBarCountsRateEtaAndMetrics() {
        ProgressSnapshot s = new ProgressSnapshot(
                "epochs", 45, 100, Duration.ofMillis(3660), "loss=0.123", false);
        assertEquals("epochs  [#########...........]   45/100  12.3 it/s  ETA 0:04  loss=0.123",
                ConsoleProgressRenderer.line(s));
    }

    @Test
    void finishedLineShowsTheElapsedTimeInsteadOfAnEta() {
        ProgressSnapshot s = new ProgressSnapshot("epochs", 100, 100, Duration.ofSeconds(8), "", true);
        assertEquals("epochs  [####################]  100/100  12.5 it/s  in 0:08",
                ConsoleProgressRenderer.line(s));
    }

    @Test
    void eachRenderingRewritesTheLineAndTheLastEndsIt() {
        FakeClock clock = new FakeClock();
        try (ProgressBar bar = new ProgressBar("epochs", 4, new ConsoleProgressRenderer(out),
                clock.throttle(100))) {
            for (int i = 0; i < 4; i++) {
                clock.advanceMillis(500);
                bar.step();
            }
        }
        String[] renderings = written().split("\r", -1);
        assertEquals(7, renderings.length, written()); // creation, four steps, close
        assertEquals("", renderings[0]);
        assertTrue(renderings[1].startsWith("epochs  [....................]  0/4  ? it/s  ETA ?"));
        assertTrue(renderings[3].startsWith("epochs  [##########..........]  2/4  2.0 it/s  ETA 0:01"),
                renderings[3]);
        assertEquals("epochs  [####################]  4/4  2.0 it/s  in 0:02", renderings[6].stripTrailing());
        assertTrue(renderings[6].endsWith(System.lineSeparator()));
    }

    @Test
    void aShorterLineIsPaddedToCoverTheLongerOne() {
        ConsoleProgressRenderer renderer = new ConsoleProgressRenderer(out);
        renderer.render(new ProgressSnapshot("a", 1, 2, Duration.ofSeconds(1), "loss=123456", false));
        renderer.render(new ProgressSnapshot("a", 1, 2, Duration.ofSeconds(1), "", false));
        String[] renderings = written().split("\r", -1);
        assertEquals(renderings[1].length(), renderings[2].length());
        assertTrue(renderings[2].endsWith("           "), renderings[2]);
    }

    @Test
    void throttledStepsWriteNothing() {
        FakeClock clock = new FakeClock();
        ProgressBar bar = new ProgressBar("x", 1000, new ConsoleProgressRenderer(out), clock.throttle(100));
        int afterCreation = written().length();
        for (int i = 0; i < 999; i++) {
            bar.step();
        }
        assertEquals(afterCreation, written().length());
    }
}
