package org.gdl4j.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PredictionsTest {

    @Test
    void argmaxBreaksTiesTowardTheLowestIndex() {
        assertEquals(1, Predictions.argmax(new double[] {0, 2, 2, 1}));
        assertEquals(0, Predictions.argmax(new double[] {-1, -1}));
        assertEquals(2, Predictions.argmax(new double[] {-3, -2, -1}));
    }

    @Test
    void identityAccuracyUsesOnlyTheUntransformedPredictions() {
        double[][][] logits = {
            {{0, 1}, {1, 0}, {0.5, 0.5}, {2, 3}},
            {{1, 0}, {0, 1}, {0, 1}, {3, 2}}};
        // identity predictions 1, 0, 0 (tie), 1
        assertEquals(0.75, Predictions.identityAccuracy(logits, new int[] {1, 0, 0, 0}));
        assertEquals(1.0, Predictions.identityAccuracy(logits, new int[] {1, 0, 0, 1}));
    }

    @Test
    void badLabelsOrLogitsRaise() {
        double[][][] logits = {{{0, 1}, {1, 0}}};
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> Predictions.identityAccuracy(logits, new int[] {1}));
        assertTrue(count.getMessage().contains("N = 2"), count.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Predictions.identityAccuracy(logits, new int[] {0, 2}));
        assertThrows(IllegalArgumentException.class, () -> Predictions.identityAccuracy(logits, new int[] {-1, 0}));
        assertThrows(IllegalArgumentException.class, () -> Predictions.argmax(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Predictions.argmax(new double[] {0, Double.NaN}));
    }
}
