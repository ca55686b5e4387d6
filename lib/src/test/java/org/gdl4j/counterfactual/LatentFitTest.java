package org.gdl4j.counterfactual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdl4j.flow.Flow;
import org.gdl4j.flow.Quantization;
import org.gdl4j.nn.NativeThreads;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Fitting latents by optimisation on a perturbed 1×4×4 flow in float64, whose exact inverse
 * {@link Flow#encode} is the reference.
 */
class LatentFitTest {

    private static final LatentFitConfig CONFIG = new LatentFitConfig(0.1, 1e-3, 1000, 0.5, 7);

    @Test
    void fittedLatentsDecodeWithinTheToleranceAndApproachTheFlowsEncoding() {
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            Flow flow = Fixtures.flow();
            INDArray x = Quantization.eightBit().midpoint(Fixtures.images(2, 12));
            FittedLatents fit = LatentFit.fit(flow, x, CONFIG);
            assertTrue(fit.allConverged(), "errors " + java.util.Arrays.toString(fit.errors()) + " after steps "
                    + java.util.Arrays.toString(fit.steps()));
            INDArray decoded = flow.decode(fit.latents());
            for (int i = 0; i < 2; i++) {
                double error = decoded.get(NDArrayIndex.point(i)).sub(x.get(NDArrayIndex.point(i)))
                        .norm2Number().doubleValue();
                assertEquals(fit.errors()[i], error, 1e-9);
                assertTrue(error <= CONFIG.tolerance() && fit.steps()[i] > 0 && fit.steps()[i] <= CONFIG.maxSteps());
            }
            double latentError = fit.latents().sub(flow.encode(x)).norm2Number().doubleValue();
            assertTrue(latentError < 0.1, "‖z* − encode(x)‖₂ = " + latentError);
        }
    }

    @Test
    void aSpentBudgetReturnsTheLastIterateAndAStartAtTheAnswerTakesNoStep() {
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            Flow flow = Fixtures.flow();
            INDArray x = Quantization.eightBit().midpoint(Fixtures.images(2, 13));
            FittedLatents spent = LatentFit.fit(flow, x, CONFIG.withMaxSteps(3));
            assertArrayEquals(new int[] {3, 3}, spent.steps());
            assertFalse(spent.converged(0) || spent.converged(1));
            FittedLatents exact = LatentFit.fitFrom(flow, x, flow.encode(x), CONFIG);
            assertArrayEquals(new int[] {0, 0}, exact.steps());
            assertEquals(flow.encode(x), exact.latents());
        }
    }

    @Test
    void rejectsMismatchedShapesAndNonFiniteValues() {
        Flow flow = Fixtures.flow();
        INDArray x = Quantization.eightBit().midpoint(Fixtures.images(2, 13));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> LatentFit.fit(flow, Nd4j.zeros(DataType.DOUBLE, 2, 16), CONFIG));
        assertTrue(wrong.getMessage().contains("[N, 1, 4, 4]"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> LatentFit.fitFrom(flow, x, Nd4j.zeros(DataType.DOUBLE, 3, 4, 2, 2), CONFIG));
        assertThrows(IllegalArgumentException.class,
                () -> LatentFit.fitFrom(flow, x, Nd4j.valueArrayOf(new long[] {2, 4, 2, 2}, Double.NaN), CONFIG));
        assertThrows(IllegalArgumentException.class, () -> new LatentFitConfig(5e-2, 0, 10, 1, 0));
    }
}
