package org.gdl4j.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.gdl4j.Precision;
import org.gdl4j.nn.Initialization;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The flow model's encode, decode, sample and bits-per-dimension conventions. */
class FlowTest {

    private static final ImageShape SHAPE = new ImageShape(1, 4, 4);

    private static Flow perturbedFlow() {
        Flow flow = Flow.build(Flows.checkerboardThenGlow(SHAPE, 1, 1, 4, 4), Precision.DOUBLE,
                Initialization.standard(4));
        flow.initialize(Quantization.eightBit().midpoint(FlowTrainingTest.rampImages(8, 6)));
        Random random = new Random(9);
        for (String name : flow.parameterNames()) {
            INDArray p = flow.parameter(name);
            for (long i = 0; i < p.length(); i++) {
                p.putScalar(i, p.getDouble(i) + 0.05 * random.nextGaussian());
            }
        }
        return flow;
    }

    @Test
    void decodeUndoesEncodeAndMidpointsStayWithinHalfALevel() {
        Flow flow = perturbedFlow();
        INDArray images = FlowTrainingTest.rampImages(3, 7);
        INDArray midpoints = Quantization.eightBit().midpoint(images);
        INDArray decoded = flow.decode(flow.encode(midpoints));
        assertTrue(decoded.sub(midpoints).amaxNumber().doubleValue() < 1e-10);
        assertTrue(decoded.sub(images).amaxNumber().doubleValue() <= 0.5 / 256 + 1e-12);
    }

    @Test
    void bitsPerDimensionFollowTheEightBitConvention() {
        Flow flow = perturbedFlow();
        INDArray x = Quantization.eightBit().midpoint(FlowTrainingTest.rampImages(3, 8));
        double[] logLikelihood = flow.logLikelihood(x).toDoubleVector();
        double[] bpd = flow.bitsPerDimension(x, Quantization.eightBit()).toDoubleVector();
        for (int i = 0; i < 3; i++) {
            assertEquals((-logLikelihood[i] / 16 + Math.log(256)) / Math.log(2), bpd[i], 1e-12);
        }
    }

    @Test
    void samplesHaveImageShapeAndDependOnlyOnTheSeed() {
        Flow flow = perturbedFlow();
        INDArray a = flow.sample(2, 0.7, 5);
        assertArrayEquals(new long[] {2, 1, 4, 4}, a.shape());
        assertEquals(a, flow.sample(2, 0.7, 5));
        assertArrayEquals(new long[] {2, 4, 2, 2}, flow.encode(a).shape());
    }
}
