package org.gdl4j.counterfactual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdl4j.Precision;
import org.gdl4j.nn.Batch;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.NativeThreads;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** One autoencoder per class explains its own class best, which is what IM1 measures. */
class ClassConditionalAutoencodersTest {

    private static final AutoencoderArchitecture ARCHITECTURE = AutoencoderArchitecture.mlp(Fixtures.SHAPE,
            Precision.DOUBLE, 8, 2, 8);

    @Test
    void eachClassAutoencoderExplainsItsOwnClassBestSoIm1FavoursTheTrueClass() {
        ClassConditionalAutoencoders aes;
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            aes = ClassConditionalAutoencoders.train(ARCHITECTURE, Patterns.images(64, 1), 2,
                    AutoencoderConfig.adam(2e-2, 15, 16, 10), AutoencoderConfig.adam(2e-2, 5, 16, 20));
        }
        assertEquals(2, aes.classes());
        Batch test = Patterns.images(8, 2);
        INDArray classZero = test.images().get(NDArrayIndex.interval(0, 1));
        INDArray classOne = test.images().get(NDArrayIndex.interval(1, 2));
        assertTrue(aes.forClass(0).meanSquaredErrors(classZero)[0] < aes.forClass(1).meanSquaredErrors(classZero)[0]);
        assertTrue(aes.forClass(1).meanSquaredErrors(classOne)[0] < aes.forClass(0).meanSquaredErrors(classOne)[0]);
        int[] ownClass = test.labels();
        int[] otherClass = java.util.Arrays.stream(ownClass).map(c -> 1 - c).toArray();
        double[] toOwn = aes.im1(test.images(), ownClass, otherClass, 1e-12);
        double[] toOther = aes.im1(test.images(), otherClass, ownClass, 1e-12);
        for (int i = 0; i < 8; i++) {
            assertTrue(toOwn[i] < 1 && toOther[i] > 1, "IM1 " + toOwn[i] + " and " + toOther[i] + " for image " + i);
            assertEquals(1 / toOwn[i], toOther[i], 1e-9 * toOther[i]);
        }
        double trained = mean(aes.all().meanSquaredErrors(test.images()));
        double untrained = mean(ARCHITECTURE.build(Initialization.standard(20)).meanSquaredErrors(test.images()));
        assertTrue(trained < 0.8 * untrained, "AE_all error " + trained + ", untrained " + untrained);
    }

    @Test
    void rejectsMissingClassesLabelsOutOfRangeAndMismatchedCounts() {
        Batch data = Patterns.images(6, 3);
        AutoencoderConfig config = AutoencoderConfig.adam(1e-2, 1, 8, 0);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ClassConditionalAutoencoders.train(ARCHITECTURE, data, 3, config, config));
        assertTrue(missing.getMessage().contains("class 2 has none"), missing.getMessage());
        Autoencoder ae = ARCHITECTURE.build(Initialization.standard(0));
        ClassConditionalAutoencoders aes = new ClassConditionalAutoencoders(List.of(ae, ae), ae);
        assertThrows(IllegalArgumentException.class, () -> aes.forClass(2));
        assertThrows(IllegalArgumentException.class, () -> aes.im1(data.images(), new int[] {0}, new int[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> new ClassConditionalAutoencoders(List.of(), ae));
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElseThrow();
    }
}
