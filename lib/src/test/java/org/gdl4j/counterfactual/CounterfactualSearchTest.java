package org.gdl4j.counterfactual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdl4j.Precision;
import org.gdl4j.flow.Flow;
import org.gdl4j.flow.Flows;
import org.gdl4j.flow.ImageShape;
import org.gdl4j.flow.Quantization;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.NativeThreads;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Stop semantics (brief test T8), pixel bounds (T9) and argument checks of the search. */
class CounterfactualSearchTest {

    @Test
    void searchStopsAtTheFirstIterateAboveTheThreshold() {
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            Flow flow = Fixtures.flow();
            Model classifier = Fixtures.classifier(11);
            INDArray x = Quantization.eightBit().midpoint(Fixtures.images(2, 3));
            int[] targets = Fixtures.leastLikely(classifier, x);
            List<Counterfactual> results = CounterfactualSearch.inLatentSpace(classifier, flow)
                    .run(x, targets, SearchConfig.adam(0.6, 5e-2, 300));
            for (Counterfactual c : results) {
                double[] p = c.targetProbabilities();
                assertEquals(StopReason.THRESHOLD_REACHED, c.stopReason());
                assertEquals(c.steps() + 1, p.length);
                assertTrue(c.steps() >= 1 && p[c.steps()] > 0.6 && p[c.steps() - 1] <= 0.6, "p " + p[c.steps()]);
                double again = Math.exp(CounterfactualSearch.inLatentSpace(classifier, flow)
                        .scoreGradient(c.latent().reshape(1, 4, 2, 2), new int[] {c.target()}).scores()[0]);
                assertEquals(p[c.steps()], again, 1e-12);
            }
        }
    }

    @Test
    void tooSmallABudgetIsReportedAsExhausted() {
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            Model classifier = Fixtures.classifier(11);
            INDArray x = Fixtures.images(1, 3);
            List<Counterfactual> results = CounterfactualSearch.inPixelSpace(classifier)
                    .run(x, Fixtures.leastLikely(classifier, x), SearchConfig.adam(0.99, 1e-3, 2));
            Counterfactual c = results.get(0);
            assertEquals(StopReason.BUDGET_EXHAUSTED, c.stopReason());
            assertEquals(2, c.steps());
            assertEquals(3, c.targetProbabilities().length);
            assertTrue(!c.found() && c.finalProbability() <= 0.99);
        }
    }

    @Test
    void pixelSearchKeepsEveryIterateInTheUnitInterval() {
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            Model classifier = Fixtures.classifier(11);
            INDArray x = Fixtures.images(2, 5);
            SearchConfig config = SearchConfig.adam(0.99, 0.2, 15).withSnapshotEvery(1);
            for (Counterfactual c : CounterfactualSearch.inPixelSpace(classifier)
                    .run(x, Fixtures.leastLikely(classifier, x), config)) {
                assertEquals(c.steps() + 1, c.snapshots().size());
                for (Snapshot s : c.snapshots()) {
                    assertTrue(s.image().minNumber().doubleValue() >= 0 && s.image().maxNumber().doubleValue() <= 1);
                }
                assertTrue(c.latent().minNumber().doubleValue() >= 0 && c.latent().maxNumber().doubleValue() <= 1);
                assertTrue(c.image().sub(c.start()).amaxNumber().doubleValue() > 0.1);
            }
        }
    }

    @Test
    void badArgumentsAreRejected() {
        Model classifier = Fixtures.classifier(11);
        CounterfactualSearch pixel = CounterfactualSearch.inPixelSpace(classifier);
        INDArray x = Fixtures.images(1, 3);
        SearchConfig config = SearchConfig.adam(0.9, 1e-2, 5);
        assertThrows(IllegalArgumentException.class, () -> SearchConfig.adam(1.0, 1e-2, 5));
        assertThrows(IllegalArgumentException.class, () -> SearchConfig.adam(0.0, 1e-2, 5));
        assertThrows(IllegalArgumentException.class, () -> SearchConfig.adam(0.9, 0.0, 5));
        assertThrows(IllegalArgumentException.class, () -> SearchConfig.adam(0.9, 1e-2, 0));
        assertThrows(IllegalArgumentException.class, () -> pixel.run(x, new int[] {3}, config));
        assertThrows(IllegalArgumentException.class, () -> pixel.run(x, new int[] {0, 1}, config));
        assertThrows(IllegalArgumentException.class, () -> pixel.run(x.reshape(1, 16), new int[] {0}, config));
        assertThrows(IllegalArgumentException.class, () -> pixel.runFrom(x.dup().putScalar(0, Double.NaN), new int[] {0}, config));
        Flow small = Flow.build(Flows.glow(new ImageShape(1, 2, 2), 1, 2), Precision.DOUBLE,
                Initialization.standard(1));
        assertThrows(IllegalArgumentException.class, () -> CounterfactualSearch.inLatentSpace(classifier, small));
    }
}
