package org.gdl4j.ntk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PairWindowSumTest {

    private static final int[][] MOVES = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    /** Two passes of {@link ShiftedSum}, each term added only when inside, then scaled. */
    private static double[] reference(double[] m, int h, int w, int half, Padding padding, int[] u, int[] v,
            double scale) {
        int[] dims = {h, w, h, w};
        int[] rows = {1, 0, u[0], u[1]};
        int[] columns = {0, 1, v[0], v[1]};
        double[] byRows = ShiftedSum.along(m, dims, rows, half, padding);
        double[] both = ShiftedSum.along(byRows, ShiftedSum.outputDims(dims, rows, half, padding), columns, half,
                padding);
        for (int i = 0; i < both.length; i++) {
            both[i] *= scale;
        }
        return both;
    }

    private static double[] apply(PairWindowSum sum, double[] m, double scale) {
        double[] out = new double[sum.outputLength()];
        sum.apply(m, 0, scale, out, 0);
        return out;
    }

    @ParameterizedTest
    @EnumSource(Padding.class)
    void everySignedAxisPermutationIsBitIdenticalToSummingOnlyTermsInside(Padding padding) {
        Random random = new Random(11);
        for (int size : new int[] {5, 6, 7}) {
            double[] m = random.doubles((long) size * size * size * size, -1, 1).toArray();
            for (int half : new int[] {0, 1, 2}) {
                for (int[] u : MOVES) {
                    for (int[] v : MOVES) {
                        if (u[0] * v[0] + u[1] * v[1] != 0) {
                            continue;
                        }
                        PairWindowSum sum = new PairWindowSum(size, size, half, padding, u, v);
                        double scale = 1.0 / ((2 * half + 1) * (2 * half + 1));
                        assertArrayEquals(reference(m, size, size, half, padding, u, v, scale), apply(sum, m, scale),
                                0.0, "size " + size + ", h " + half + ", " + padding);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Padding.class)
    void rectangularPlanesWithPlainMovesMatchTheReference(Padding padding) {
        Random random = new Random(12);
        int h = 5;
        int w = 8;
        double[] m = random.doubles((long) h * w * h * w, -1, 1).toArray();
        PairWindowSum sum = new PairWindowSum(h, w, 1, padding, new int[] {1, 0}, new int[] {0, 1});
        assertArrayEquals(reference(m, h, w, 1, padding, new int[] {1, 0}, new int[] {0, 1}, 0.5),
                apply(sum, m, 0.5), 0.0);
    }

    @Test
    void scratchReusedAcrossGeometriesAndOffsetsLeavesNoTrace() {
        Random random = new Random(13);
        double[] small = random.doubles(5 * 5 * 5 * 5, -1, 1).toArray();
        double[] large = random.doubles(2 * 7 * 7 * 7 * 7, -1, 1).toArray();
        int[] u = {0, 1};
        int[] v = {-1, 0};
        PairWindowSum onSmall = new PairWindowSum(5, 5, 1, Padding.SAME, u, v);
        PairWindowSum onLarge = new PairWindowSum(7, 7, 2, Padding.SAME, u, v);
        double[] first = apply(onSmall, small, 1);
        double[] offsetResult = new double[3 + onLarge.outputLength()];
        onLarge.apply(large, 7 * 7 * 7 * 7, 1, offsetResult, 3);
        double[] second = apply(onSmall, small, 1);
        assertArrayEquals(first, second, 0.0);
        double[] secondBlock = java.util.Arrays.copyOfRange(large, 7 * 7 * 7 * 7, large.length);
        double[] expected = reference(secondBlock, 7, 7, 2, Padding.SAME, u, v, 1);
        assertArrayEquals(expected, java.util.Arrays.copyOfRange(offsetResult, 3, offsetResult.length), 0.0);
    }

    @Test
    void windowsAppliedToOneSharedInputEqualSeparateApplications() {
        Random random = new Random(14);
        int size = 6;
        double[] m = random.doubles((long) size * size * size * size, -1, 1).toArray();
        PairWindowSum[] windows = new PairWindowSum[MOVES.length];
        for (int d = 0; d < MOVES.length; d++) {
            int[] u = MOVES[d];
            windows[d] = new PairWindowSum(size, size, 1, Padding.SAME, u, new int[] {-u[1], u[0]});
        }
        int length = windows[0].outputLength();
        double[] together = new double[MOVES.length * length];
        PairWindowSum.applyEach(windows, m, 0.25, together);
        for (int d = 0; d < MOVES.length; d++) {
            assertArrayEquals(apply(windows[d], m, 0.25),
                    java.util.Arrays.copyOfRange(together, d * length, (d + 1) * length), 0.0);
        }
        PairWindowSum other = new PairWindowSum(size, size, 2, Padding.SAME, MOVES[0], MOVES[2]);
        assertThrows(IllegalArgumentException.class,
                () -> PairWindowSum.applyEach(new PairWindowSum[] {windows[0], other}, m, 1, together));
    }

    @Test
    void badGeometriesAreRejectedWithTheExpectation() {
        int[] rows = {1, 0};
        int[] columns = {0, 1};
        assertThrows(IllegalArgumentException.class, () -> new PairWindowSum(0, 3, 1, Padding.SAME, rows, columns));
        assertThrows(IllegalArgumentException.class, () -> new PairWindowSum(3, 3, 2, Padding.VALID, rows, columns));
        assertThrows(IllegalArgumentException.class,
                () -> new PairWindowSum(3, 3, 1, Padding.SAME, rows, new int[] {1, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> new PairWindowSum(3, 3, 1, Padding.SAME, new int[] {1, 1}, columns));
        assertThrows(IllegalArgumentException.class,
                () -> new PairWindowSum(3, 4, 1, Padding.SAME, new int[] {0, 1}, new int[] {1, 0}));
    }
}
