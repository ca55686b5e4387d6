package org.gdl4j.ntk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OneHotTest {

    @Test
    void centredTargetsAreOneHotMinusOneOverClasses() {
        double[][] y = OneHot.centred(new int[] {2, 0}, 4);
        assertArrayEquals(new double[] {-0.25, -0.25, 0.75, -0.25}, y[0], 1e-15);
        assertArrayEquals(new double[] {1, 0, 0}, OneHot.encode(new int[] {0}, 3)[0], 0);
    }

    @Test
    void argmaxOfEncodedTargetsRecoversLabelsAndGivesFullAccuracy() {
        int[] labels = {3, 1, 0, 2, 2};
        int[] predicted = OneHot.argmax(OneHot.centred(labels, 4));
        assertArrayEquals(labels, predicted);
        assertEquals(1.0, OneHot.accuracy(predicted, labels));
        assertEquals(0.4, OneHot.accuracy(new int[] {3, 0, 0, 0, 0}, labels), 1e-15);
    }

    @Test
    void labelsOutsideTheClassesAndMismatchedLengthsAreRejected() {
        PredictorTest.assertMessage(() -> OneHot.encode(new int[] {0, 5}, 3), "0..2");
        PredictorTest.assertMessage(() -> OneHot.accuracy(new int[] {1}, new int[] {1, 2}), "1 and 2");
    }
}
