package org.gdl4j.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrbitSamePredictionTest {

    /** Logits {@code [|G|][N][K]} equal for every group element: an exactly invariant function. */
    static double[][][] invariant(int groupOrder, int inputs, int classes, long seed) {
        Random random = new Random(seed);
        double[][] rows = new double[inputs][classes];
        for (double[] row : rows) {
            for (int k = 0; k < classes; k++) {
                row[k] = random.nextGaussian();
            }
        }
        double[][][] logits = new double[groupOrder][][];
        Arrays.fill(logits, rows);
        return logits;
    }

    @Test
    void exactlyInvariantFunctionGivesGroupOrderForEveryInput() {
        double[][][] logits = invariant(4, 50, 10, 1);
        int[] expected = new int[50];
        Arrays.fill(expected, 4);
        assertArrayEquals(expected, OrbitSamePrediction.counts(logits));
        assertEquals(new OspSummary(4.0, 1.0, 4, 50), OrbitSamePrediction.summarize(logits));
    }

    @Test
    void argmaxChangingAtEveryElementGivesOne() {
        int order = 4;
        double[][][] logits = new double[order][6][order];
        for (int g = 0; g < order; g++) {
            for (int n = 0; n < 6; n++) {
                logits[g][n][(n + g) % order] = 1.0;
            }
        }
        int[] ones = new int[6];
        Arrays.fill(ones, 1);
        assertArrayEquals(ones, OrbitSamePrediction.counts(logits));
        assertEquals(1.0, OrbitSamePrediction.mean(logits));
        assertEquals(0.0, OrbitSamePrediction.fullOrbitFraction(logits));
    }

    @Test
    void identityElementIsCounted() {
        double[][][] trivialGroup = {{{0.2, 0.9}}};
        assertArrayEquals(new int[] {1}, OrbitSamePrediction.counts(trivialGroup));
        assertEquals(1.0, OrbitSamePrediction.fullOrbitFraction(trivialGroup));
        double[][][] oneOtherAgrees = {{{0, 1}}, {{1, 0}}, {{0, 2}}, {{3, 0}}};
        assertArrayEquals(new int[] {2}, OrbitSamePrediction.counts(oneOtherAgrees));
    }

    @Test
    void tiesResolveToTheLowestClassIndex() {
        // identity: tie 0/1 -> 0; g1: tie 1/2 -> 1 (differs); g2: tie 0/2 -> 0 (agrees)
        double[][][] logits = {{{1, 1, 0}}, {{0, 1, 1}}, {{1, 0, 1}}};
        assertArrayEquals(new int[] {2}, OrbitSamePrediction.counts(logits));
    }

    @Test
    void summaryReportsMeanCountAndFullOrbitFraction() {
        OspSummary summary = OspSummary.of(new int[] {4, 1, 2, 4}, 4);
        assertEquals(2.75, summary.mean());
        assertEquals(0.5, summary.fullOrbitFraction());
        assertEquals(List.of(List.of(4, 4, 2.75, 0.5)), summary.rows());
        assertEquals(summary.columnNames().size(), summary.rows().get(0).size());
        assertThrows(IllegalArgumentException.class, () -> OspSummary.of(new int[] {0, 4}, 4));
        assertThrows(IllegalArgumentException.class, () -> OspSummary.of(new int[] {5}, 4));
        assertThrows(IllegalArgumentException.class, () -> OspSummary.of(new int[0], 4));
        assertThrows(IllegalArgumentException.class, () -> new OspSummary(0.5, 0, 4, 1));
    }

    @Test
    void badLogitsRaiseNamingWhatWasExpected() {
        assertRejected(new double[0][][], "|G| >= 1");
        assertRejected(new double[][][] {{}}, "N >= 1");
        assertRejected(new double[][][] {{{}}}, "K >= 1");
        assertRejected(new double[][][] {{{1, 2}, {3, 4}}, {{1, 2}}}, "N = 2 inputs");
        assertRejected(new double[][][] {{{1, 2}}, {{1, 2, 3}}}, "K = 2 classes");
        assertRejected(new double[][][] {{{1, 2}}, {{1, Double.NaN}}}, "logits[1][0][1] = NaN");
        assertRejected(new double[][][] {{{Double.POSITIVE_INFINITY, 2}}}, "finite");
        assertThrows(NullPointerException.class, () -> OrbitSamePrediction.counts(null));
    }

    private static void assertRejected(double[][][] logits, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OrbitSamePrediction.counts(logits));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
