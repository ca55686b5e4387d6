package org.gdl4j.counterfactual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gdl4j.Precision;
import org.gdl4j.flow.Flow;
import org.gdl4j.flow.LogitTransform;
import org.gdl4j.flow.Quantization;
import org.gdl4j.nn.Initialization;
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

    /**
     * A flow that is only the logit pre-processing, {@code z = logit(α + (1 − 2α)x_c)}, has the closed-form
     * density {@code log p(x_c) = Σ_j [−z_j²/2 − ½ln 2π + ln(1 − 2α) − ln p_j − ln(1 − p_j)]},
     * {@code p_j = α + (1 − 2α)x_{c,j}}, evaluated here in plain Java at the cell midpoints
     * {@code x_c = (⌊255x⌋ + ½)/256}; the metric must give {@code (−log p(x_c)/D + 8 ln 2)/ln 2}.
     */
    @Test
    void bitsPerDimensionOfALogitOnlyFlowMatchesItsClosedFormAtCellMidpoints() {
        Flow logit = Flow.build(LogitTransform.of(Fixtures.SHAPE), Precision.DOUBLE, Initialization.standard(0));
        double[] values = {0.0, 0.1, 0.25, 0.5, 0.73, 0.999, 1.0, 0.3, 0.62, 0.05, 0.9, 0.41, 0.2, 0.8, 0.55, 0.33};
        INDArray x = Nd4j.create(values, new long[] {1, 1, 4, 4}, 'c');
        double alpha = LogitTransform.DEFAULT_ALPHA;
        double logLikelihood = 0;
        for (double v : values) {
            double midpoint = (Math.floor(255 * v + 1e-9) + 0.5) / 256;
            double p = alpha + (1 - 2 * alpha) * midpoint;
            double z = Math.log(p / (1 - p));
            logLikelihood += -0.5 * z * z - 0.5 * Math.log(2 * Math.PI) + Math.log(1 - 2 * alpha) - Math.log(p)
                    - Math.log(1 - p);
        }
        double expected = (-logLikelihood / 16 + 8 * Math.log(2)) / Math.log(2);
        double[] bpd = CounterfactualMetrics.bitsPerDimension(logit, x, Quantization.eightBit());
        assertEquals(expected, bpd[0], 1e-12);
        double[] shifted = new double[values.length];
        for (int j = 0; j < values.length; j++) {
            shifted[j] = Math.min(1.0, (Math.floor(255 * values[j] + 1e-9) + 0.9) / 255);
        }
        INDArray sameCells = Nd4j.create(shifted, new long[] {1, 1, 4, 4}, 'c');
        assertEquals(bpd[0], CounterfactualMetrics.bitsPerDimension(logit, sameCells, Quantization.eightBit())[0],
                1e-12, "values in the same 8-bit cell score the same");
    }

    /** On a trained-like flow the metric is {@link Flow#bitsPerDimension} at the cell midpoints, no more. */
    @Test
    void bitsPerDimensionIsTheFlowsValueAtTheCellMidpoints() {
        Flow flow = Fixtures.flow();
        INDArray x = Fixtures.images(3, 2).add(0.002);
        Quantization fourBit = new Quantization(4);
        INDArray logLikelihood = flow.logLikelihood(fourBit.midpoint(x));
        double[] bpd = CounterfactualMetrics.bitsPerDimension(flow, x, fourBit);
        for (int i = 0; i < 3; i++) {
            double expected = (-logLikelihood.getDouble(i) / 16 + 4 * Math.log(2)) / Math.log(2);
            assertEquals(expected, bpd[i], 1e-12);
        }
    }
}
