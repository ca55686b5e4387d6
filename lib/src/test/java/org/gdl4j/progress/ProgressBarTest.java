package org.gdl4j.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final FakeClock clock = new FakeClock();
    private final RecordingRenderer renderer = new RecordingRenderer();

    private ProgressBar bar(long total) {
        return new ProgressBar("epochs", total, renderer, clock.throttle(100));
    }

    @Test
    void rendersOnceWhenCreated() {
        bar(10);
        assertEquals(1, renderer.snapshots.size());
        assertEquals(0, renderer.last().done());
        assertFalse(renderer.last().finished());
    }

    @Test
    void stepsWithinTheIntervalAreCountedButNotRendered() {
        ProgressBar bar = bar(100);
        for (int i = 0; i < 9; i++) {
            clock.advanceMillis(10);
            bar.step();
        }
        assertEquals(9, bar.done());
        assertEquals(1, renderer.snapshots.size());
    }

    @Test
    void rendersAgainOnceTheIntervalHasPassed() {
        ProgressBar bar = bar(100);
        clock.advanceMillis(99);
        bar.step();
        clock.advanceMillis(1);
        bar.step(3);
        assertEquals(2, renderer.snapshots.size());
        assertEquals(4, renderer.last().done());
        assertEquals(Duration.ofMillis(100), renderer.last().elapsed());
    }

    @Test
    void closeAlwaysRendersAFinishedSnapshotEvenWithinTheInterval() {
        ProgressBar bar = bar(5);
        bar.step(5);
        bar.close();
        assertEquals(2, renderer.snapshots.size());
        assertTrue(renderer.last().finished());
        assertEquals(5, renderer.last().done());
    }

    @Test
    void closingTwiceRendersTheFinalSnapshotOnce() {
        ProgressBar bar = bar(5);
        bar.close();
        bar.close();
        assertEquals(2, renderer.snapshots.size());
        assertTrue(bar.isClosed());
    }

    @Test
    void closingEarlyFinishesWithTheCountReached() {
        try (ProgressBar bar = bar(10)) {
            bar.step(3);
        }
        assertTrue(renderer.last().finished());
        assertEquals(3, renderer.last().done());
    }

    @Test
    void stepSetAndSetMetricAfterCloseThrowIllegalState() {
        ProgressBar bar = bar(5);
        bar.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, bar::step);
        assertTrue(e.getMessage().contains("epochs"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> bar.set(2));
        assertThrows(IllegalStateException.class, () -> bar.setMetric("loss", 1.0));
    }

    @Test
    void negativeTotalIsRejectedWithTheValueInTheMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bar(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void negativeStepsAndCountsAreRejected() {
        ProgressBar bar = bar(5);
        assertThrows(IllegalArgumentException.class, () -> bar.step(-1));
        assertThrows(IllegalArgumentException.class, () -> bar.set(-2));
    }

    @Test
    void setReplacesTheCount() {
        ProgressBar bar = bar(50);
        bar.set(40);
        bar.set(20);
        assertEquals(20, bar.done());
    }

    @Test
    void overshootIsCountedAndShownAsItIs() {
        ProgressBar bar = bar(4);
        bar.step(6);
        bar.close();
        assertEquals(6, renderer.last().done());
        assertEquals(1.0, renderer.last().fraction());
    }

    @Test
    void metricsAreShownInTheOrderFirstSet() {
        ProgressBar bar = bar(3);
        bar.setMetric("loss", 0.5);
        bar.setMetric("acc", 0.25);
        bar.setMetric("loss", 0.123456);
        bar.close();
        assertEquals("loss=0.1235 acc=0.25", renderer.last().metrics());
    }

    @Test
    void snapshotAfterCloseKeepsTheElapsedTimeAtClose() {
        ProgressBar bar = bar(3);
        clock.advanceMillis(250);
        bar.close();
        clock.advanceMillis(5000);
        assertEquals(Duration.ofMillis(250), bar.snapshot().elapsed());
        assertTrue(bar.snapshot().finished());
    }

    @Test
    void parallelStepsReachExactlyTheTotalWithoutConcurrentRendering() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicLong lastDone = new AtomicLong();
        ProgressRenderer checking = snapshot -> {
            if (inFlight.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            lastDone.set(snapshot.done());
            inFlight.decrementAndGet();
        };
        int total = 200_000;
        try (ProgressBar bar = new ProgressBar("blocks", total, checking,
                new RenderThrottle(System::nanoTime, Duration.ZERO))) {
            IntStream.range(0, total).parallel().forEach(i -> bar.step());
            assertEquals(total, bar.done());
        }
        assertEquals(total, lastDone.get());
        assertEquals(0, overlaps.get());
    }
}
