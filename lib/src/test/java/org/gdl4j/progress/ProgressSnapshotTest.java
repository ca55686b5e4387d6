package org.gdl4j.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressSnapshotTest {

    private static ProgressSnapshot at(long done, long total, long millis) {
        return new ProgressSnapshot("x", done, total, Duration.ofMillis(millis), "", false);
    }

    @Test
    void rateIsDoneOverElapsedSeconds() {
        assertEquals(20.0, at(40, 100, 2000).ratePerSecond().getAsDouble(), 1e-12);
    }

    @Test
    void etaExtrapolatesTheMeanRate() {
        assertEquals(Duration.ofSeconds(3), at(40, 100, 2000).eta().orElseThrow());
    }

    @Test
    void rateAndEtaAreUnknownBeforeAnyWork() {
        assertTrue(at(0, 100, 2000).ratePerSecond().isEmpty());
        assertTrue(at(0, 100, 2000).eta().isEmpty());
        assertTrue(at(5, 100, 0).ratePerSecond().isEmpty());
    }

    @Test
    void etaIsZeroOnceDone() {
        assertEquals(Duration.ZERO, at(100, 100, 2000).eta().orElseThrow());
    }

    @Test
    void emptyLoopCountsAsComplete() {
        assertEquals(1.0, at(0, 0, 0).fraction());
    }

    @Test
    void fractionIsCappedAtOne() {
        assertEquals(0.25, at(1, 4, 1).fraction());
        assertEquals(1.0, at(9, 4, 1).fraction());
    }

    @Test
    void negativeCountsAndElapsedAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> at(-1, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> at(1, -4, 1));
        assertThrows(IllegalArgumentException.class, () -> at(1, 4, -1));
    }
}
