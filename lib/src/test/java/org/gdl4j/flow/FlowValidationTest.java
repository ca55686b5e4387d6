package org.gdl4j.flow;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdl4j.Precision;
import org.gdl4j.nn.Initialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Bad input raises IllegalArgumentException with a message naming what was expected. */
class FlowValidationTest {

    private static final ImageShape SHAPE = new ImageShape(1, 4, 4);

    private static void rejects(Executable action, String expectedFragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertTrue(e.getMessage().contains(expectedFragment), e.getMessage());
    }

    @Test
    void flowRejectsWrongShapeAndNonFiniteImages() {
        Flow flow = Flow.build(Flows.glow(SHAPE, 1, 2), Precision.DOUBLE, Initialization.standard(0));
        rejects(() -> flow.logLikelihood(Nd4j.zeros(DataType.DOUBLE, 2, 1, 4, 5)), "expected images [N, 1, 4, 4]");
        rejects(() -> flow.decode(Nd4j.zeros(DataType.DOUBLE, 2, 1, 4, 4)), "expected latents [N, 4, 2, 2]");
        INDArray bad = Nd4j.zeros(DataType.DOUBLE, 2, 1, 4, 4).putScalar(3, Double.NaN);
        rejects(() -> flow.encode(bad), "expected finite images");
        rejects(() -> flow.sample(0, 1, 0), "expected n ≥ 1");
    }

    @Test
    void squeezeRejectsOddHeightOrWidth() {
        rejects(() -> new Squeeze(new ImageShape(1, 3, 4)), "expects even H and W");
        rejects(() -> new Squeeze(new ImageShape(1, 4, 5)), "expects even H and W");
    }

    @Test
    void logitRejectsAlphaOutsideOpenHalfInterval() {
        rejects(() -> new LogitTransform(SHAPE, 0), "expected α in (0, 0.5)");
        rejects(() -> new LogitTransform(SHAPE, 0.5), "expected α in (0, 0.5)");
        rejects(() -> new LogitTransform(SHAPE, Double.NaN), "expected α in (0, 0.5)");
    }

    @Test
    void channelSplitsRejectOddChannelCounts() {
        ImageShape odd = new ImageShape(3, 2, 2);
        rejects(() -> new AffineCoupling(odd, CouplingMask.CHANNELS_FIRST_HALF, 4), "expects an even channel count");
        rejects(() -> new AdditiveCoupling(odd, CouplingMask.CHANNELS_SECOND_HALF, 4), "expects an even channel count");
        rejects(() -> new FactorOut(odd, new ActNorm(new ImageShape(1, 2, 2))), "expects an even channel count");
        rejects(() -> new AffineCoupling(new ImageShape(1, 1, 1), CouplingMask.CHECKERBOARD_EVEN, 4),
                "at least 2 pixels");
    }

    @Test
    void compositionRejectsShapesThatDoNotChain() {
        rejects(() -> Composition.of(new Squeeze(SHAPE), new ActNorm(SHAPE)), "expects input 1x4x4");
        rejects(() -> new ImageShape(0, 4, 4), "positive sizes");
    }

    @Test
    void quantizationRejectsBadBitsAndValuesOutsideTheUnitInterval() {
        rejects(() -> new Quantization(9), "expected 1 to 8 bits");
        rejects(() -> Quantization.eightBit().midpoint(Nd4j.valueArrayOf(new long[] {1, 1, 2, 2}, 1.5)),
                "in [0, 1]");
        rejects(() -> Quantization.eightBit().midpoint(Nd4j.valueArrayOf(new long[] {1, 1, 2, 2}, Double.NaN)),
                "expected finite images");
    }
}
