package org.gdl4j.counterfactual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdl4j.Precision;
import org.gdl4j.flow.Quantization;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Model;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The comparison table on hand-made searches: which aggregates cover which searches. */
class CounterfactualSummaryTest {

    private static final int[] STEPS = {4, 10, 8, 5};
    private static final StopReason[] REASONS = {StopReason.THRESHOLD_REACHED, StopReason.BUDGET_EXHAUSTED,
        StopReason.THRESHOLD_REACHED, StopReason.THRESHOLD_REACHED};

    private static MetricProviders providers() {
        AutoencoderArchitecture layout = AutoencoderArchitecture.mlp(Fixtures.SHAPE, Precision.DOUBLE, 4);
        List<Autoencoder> perClass = new ArrayList<>();
        for (int k = 0; k < Fixtures.CLASSES; k++) {
            perClass.add(layout.build(Initialization.standard(k)));
        }
        ClassConditionalAutoencoders aes = new ClassConditionalAutoencoders(perClass,
                layout.build(Initialization.standard(9)));
        return new MetricProviders(Fixtures.flow(), Quantization.eightBit(), aes, 1e-8, Fixtures.classifier(2));
    }

    /** Image {@code i} moved by {@code 0.03·(i+1)} in every pixel, target {@code i mod 3}. */
    private static List<Counterfactual> searches(INDArray originals, StopReason[] reasons) {
        List<Counterfactual> results = new ArrayList<>();
        for (int i = 0; i < reasons.length; i++) {
            INDArray x = originals.get(NDArrayIndex.point(i));
            INDArray moved = x.add(0.03 * (i + 1));
            results.add(new Counterfactual(i % 3, x.dup(), moved, x.dup(), STEPS[i], reasons[i],
                    new double[STEPS[i] + 1], List.of()));
        }
        return results;
    }

    @Test
    void successRateCoversAllSearchesAndEveryOtherAggregateOnlyTheSuccessfulOnes() {
        MetricProviders providers = providers();
        INDArray originals = Fixtures.images(4, 1);
        int[] originalClasses = {1, 2, 0, 1};
        MethodSummary row = MethodSummary.of("pixel", searches(originals, REASONS), originals, originalClasses,
                providers);
        assertEquals(4, row.searches());
        assertEquals(0.75, row.successRate(), 1e-15);
        assertEquals(5.0, row.medianStepsOfSuccessful(), 1e-15);
        double l2 = Math.sqrt(16) * (0.03 + 0.09 + 0.12) / 3;
        assertEquals(l2, row.meanL2OfSuccessful(), 1e-12);
        int[] found = {0, 2, 3};
        INDArray images = Nd4j.stack(0, originals.get(NDArrayIndex.point(0)).add(0.03),
                originals.get(NDArrayIndex.point(2)).add(0.09), originals.get(NDArrayIndex.point(3)).add(0.12));
        double[] bpd = CounterfactualMetrics.bitsPerDimension(providers.referenceFlow(), images,
                Quantization.eightBit());
        assertEquals((bpd[0] + bpd[1] + bpd[2]) / 3, row.meanBitsPerDimensionOfSuccessful(), 1e-12);
        double[] im1 = new double[3];
        for (int j = 0; j < 3; j++) {
            INDArray one = images.get(NDArrayIndex.interval(j, j + 1));
            im1[j] = CounterfactualMetrics.im1(one, providers.autoencoders().forClass(found[j] % 3),
                    providers.autoencoders().forClass(originalClasses[found[j]]), 1e-8)[0];
        }
        assertEquals((im1[0] + im1[1] + im1[2]) / 3, row.meanIm1OfSuccessful(), 1e-12);
        Model oracle = providers.oracle();
        assertEquals(CounterfactualMetrics.oracleAgreement(oracle, images, new int[] {0, 2, 0}),
                row.oracleAgreementOfSuccessful(), 1e-15);
    }

    @Test
    void tableHasOneRowPerMethodInOrderWithNaNWhereNothingSucceeded() {
        INDArray originals = Fixtures.images(4, 1);
        Map<String, List<Counterfactual>> byMethod = new LinkedHashMap<>();
        byMethod.put("flow latent", searches(originals, REASONS));
        StopReason[] none = new StopReason[4];
        java.util.Arrays.fill(none, StopReason.BUDGET_EXHAUSTED);
        byMethod.put("untrained flow", searches(originals, none));
        CounterfactualSummary table = CounterfactualSummary.of(byMethod, originals, new int[] {1, 2, 0, 1},
                providers());
        assertEquals(2, table.rows().size());
        assertEquals(table.columnNames().size(), table.rows().get(0).size());
        assertEquals("flow latent", table.rows().get(0).get(0));
        MethodSummary failed = table.methods().get(1);
        assertEquals(0.0, failed.successRate());
        assertTrue(Double.isNaN(failed.medianStepsOfSuccessful()) && Double.isNaN(failed.meanIm1OfSuccessful())
                && Double.isNaN(failed.oracleAgreementOfSuccessful()));
        assertTrue(table.columnNames().stream().skip(3).allMatch(c -> c.endsWith("(successful)")));
        assertThrows(IllegalArgumentException.class, () -> MethodSummary.of("pixel", searches(originals, REASONS),
                originals, new int[] {1, 2}, providers()));
    }
}
