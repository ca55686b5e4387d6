package org.gdl4j.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.gdl4j.Precision;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.NativeThreads;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class FlowTrainingTest {

    private static final ImageShape SHAPE = new ImageShape(1, 4, 4);

    /** 8-bit 4×4 images of a horizontal ramp with a random contrast and small pixel noise. */
    static INDArray rampImages(int n, long seed) {
        Random random = new Random(seed);
        double[] values = new double[n * 16];
        for (int s = 0; s < n; s++) {
            double contrast = 0.3 + 0.5 * random.nextDouble();
            for (int p = 0; p < 16; p++) {
                double v = 0.1 + contrast * (p % 4) / 3.0 + 0.03 * random.nextGaussian();
                values[s * 16 + p] = Math.round(255 * Math.min(1, Math.max(0, v))) / 255.0;
            }
        }
        return Nd4j.create(values, SHAPE.batchShape(n), DataType.DOUBLE);
    }

    private static double meanBpd(Flow flow, INDArray images) {
        return flow.bitsPerDimension(Quantization.eightBit().midpoint(images), Quantization.eightBit())
                .meanNumber().doubleValue();
    }

    @Test
    void shortTrainingLowersNegativeLogLikelihoodAndBitsPerDimension() {
        INDArray images = rampImages(128, 1);
        Flow flow = Flow.build(Flows.checkerboardThenGlow(SHAPE, 2, 2, 8, 8), Precision.DOUBLE,
                Initialization.standard(2));
        flow.initialize(Quantization.eightBit().midpoint(images));
        double before = meanBpd(flow, images);
        FlowTrainingConfig config = FlowTrainingConfig.adam(1e-2).withEpochs(6).withBatchSize(32)
                .withGradientClipping(1.0).withProgress(false);
        List<FlowEpoch> epochs;
        try (NativeThreads.Scope single = NativeThreads.limit(1)) { // small ops: waking threads costs more
            epochs = FlowTrainer.fit(flow, images, config);
        }
        double after = meanBpd(flow, images);
        System.out.printf("bpd %.4f -> %.4f; training nll/dim %.4f -> %.4f%n", before, after,
                epochs.get(0).negativeLogLikelihood(), epochs.get(epochs.size() - 1).negativeLogLikelihood());
        assertTrue(after < before - 0.3, "bpd " + before + " -> " + after);
        assertTrue(epochs.get(epochs.size() - 1).negativeLogLikelihood() < epochs.get(0).negativeLogLikelihood());
        assertEquals(6, epochs.size());
    }

    @Test
    void nonFiniteLossStopsTrainingWithAClearError() {
        INDArray images = rampImages(8, 3);
        Flow flow = Flow.build(Composition.of(LogitTransform.of(SHAPE), new ActNorm(SHAPE)), Precision.DOUBLE,
                Initialization.standard(2));
        flow.parameter(flow.parameterNames().get(1)).assign(800); // exp(800) overflows: log-det is infinite
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FlowTrainer.fit(flow, images, FlowTrainingConfig.adam(1e-3).withProgress(false)));
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
    }
}
