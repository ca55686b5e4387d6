package org.gdl4j.counterfactual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The metrics and heat maps on tiny cases computed by hand. */
class CounterfactualMetricsTest {

    private static Counterfactual result(int steps, StopReason reason) {
        INDArray image = Nd4j.zeros(DataType.DOUBLE, 1, 2, 2);
        return new Counterfactual(0, image, image, image, steps, reason, new double[steps + 1], List.of());
    }

    @Test
    void successRateAndMedianStepsCountOnlySuccessfulSearchesForSteps() {
        List<Counterfactual> results = List.of(result(4, StopReason.THRESHOLD_REACHED),
                result(10, StopReason.BUDGET_EXHAUSTED), result(8, StopReason.THRESHOLD_REACHED),
                result(5, StopReason.THRESHOLD_REACHED));
        assertEquals(0.75, CounterfactualMetrics.successRate(results), 1e-15);
        assertEquals(5.0, CounterfactualMetrics.medianSteps(results), 1e-15);
        assertThrows(IllegalArgumentException.class,
                () -> CounterfactualMetrics.medianSteps(List.of(result(3, StopReason.BUDGET_EXHAUSTED))));
    }

    @Test
    void distancesAndHeatMapsFollowTheirDefinitions() {
        INDArray x = Nd4j.zeros(DataType.DOUBLE, 1, 2, 1, 2);
        INDArray changed = Nd4j.create(new double[] {0.3, -0.4, 0.1, 0.0}, new long[] {1, 2, 1, 2}, 'c');
        assertArrayEquals(new double[] {0.8}, CounterfactualMetrics.l1Distances(changed, x), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(0.26)}, CounterfactualMetrics.l2Distances(changed, x), 1e-12);
        INDArray heat = Differences.heatMap(changed, x);
        assertArrayEquals(new long[] {1, 1, 2}, heat.shape());
        assertEquals(0.4, heat.getDouble(0, 0, 0), 1e-12);
        assertEquals(0.4, heat.getDouble(0, 0, 1), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Differences.change(changed, Nd4j.zeros(1, 4)));
    }

    @Test
    void im1IsTheRatioOfTargetToOriginalReconstructionErrors() {
        INDArray x = Nd4j.create(new double[] {1, 2, 3, 4}, new long[] {2, 1, 1, 2}, 'c');
        double[] im1 = CounterfactualMetrics.im1(x, v -> v.add(1.0), v -> v.mul(0.5), 0.0);
        assertEquals(2.0 / (0.25 + 1.0), im1[0], 1e-12);
        assertEquals(2.0 / (2.25 + 4.0), im1[1], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> CounterfactualMetrics.im1(x, v -> v, v -> v, -1));
    }

    @Test
    void oracleAgreementIsTheFractionAssignedToTheTarget() {
        var oracle = Fixtures.classifier(2);
        INDArray x = Fixtures.images(4, 1);
        INDArray predicted = oracle.output(x).argMax(1);
        int[] targets = new int[4];
        for (int i = 0; i < 4; i++) {
            targets[i] = i < 3 ? predicted.getInt(i) : (predicted.getInt(i) + 1) % Fixtures.CLASSES;
        }
        assertEquals(0.75, CounterfactualMetrics.oracleAgreement(oracle, x, targets), 1e-15);
    }
}
