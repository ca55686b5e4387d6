package org.gdl4j.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InvarianceErrorTest {

    /**
     * |G| = 3, N = 2, K = 2. Identity outputs (3, 4) and (0, 1); differences from them:
     * g1: (0, 0) and (3, 4), norms 0 and 5; g2: (1, 0) and (0, 2), norms 1 and 2.
     */
    private static final double[][][] TINY = {
        {{3, 4}, {0, 1}},
        {{3, 4}, {3, 5}},
        {{4, 4}, {0, 3}}};

    @Test
    void rmsErrorMatchesHandComputedValue() {
        // squared norms 0, 25, 1, 4: mean 30 / 4
        assertEquals(Math.sqrt(7.5), InvarianceError.rms(TINY), 1e-15);
    }

    @Test
    void relativeErrorMatchesHandComputedValue() {
        // mean norm of differences (0 + 5 + 1 + 2) / 4 = 2; mean identity norm (5 + 1) / 2 = 3
        assertEquals(2.0 / 3.0, InvarianceError.relative(TINY), 1e-15);
    }

    @Test
    void maxErrorsMatchHandComputedValues() {
        // largest entry difference 4 (g1, input 1, class 1); largest identity entry |4|
        assertEquals(4.0, InvarianceError.maxAbsolute(TINY));
        assertEquals(1.0, InvarianceError.maxRelative(TINY));
    }

    @Test
    void exactlyInvariantFunctionHasZeroError() {
        double[][][] logits = OrbitSamePredictionTest.invariant(4, 20, 5, 2);
        assertEquals(0.0, InvarianceError.rms(logits));
        assertEquals(0.0, InvarianceError.relative(logits));
        assertEquals(0.0, InvarianceError.maxRelative(logits));
    }

    @Test
    void relativeErrorIsZeroForZeroAndInfiniteForZeroScale() {
        assertEquals(0.0, InvarianceError.relative(new double[][][] {{{0, 0}}, {{0, 0}}}));
        double[][][] zeroIdentity = {{{0, 0}}, {{1, 0}}};
        assertEquals(Double.POSITIVE_INFINITY, InvarianceError.relative(zeroIdentity));
        assertEquals(Double.POSITIVE_INFINITY, InvarianceError.maxRelative(zeroIdentity));
    }

    /**
     * Members are an invariant function plus i.i.d. N(0, σ²) noise per entry, so the mean of m members differs
     * between g and e by N(0, 2σ²/m) per entry and the RMS error is σ·√(2K/m). Its estimate averages
     * N·K = 5000 correlated triples of squared differences; each triple's sum has relative variance 1, so
     * the mean square has relative standard deviation √(1/5000) ≈ 1.4 % and the RMS about 0.7 % (m = 64, a
     * single group; less for smaller m, which average several disjoint groups). A 4 % tolerance is more than
     * five standard deviations; the fitted slope, over a factor 64 in m, is within 0.02 of −1/2 likewise.
     */
    @Test
    void rmsErrorOfMeanOfIidPerturbationsFallsLikeInverseSquareRootOfM() {
        int members = 64;
        int classes = 10;
        double sigma = 0.5;
        double[][][][] pool = perturbedMembers(members, 4, 500, classes, sigma);
        int[] sizes = SubEnsembles.sizes(members);
        double[] rms = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            List<List<Integer>> groups = SubEnsembles.consecutive(members, sizes[i], 8);
            for (List<Integer> group : groups) {
                rms[i] += InvarianceError.rms(SubEnsembles.meanLogits(pool, group)) / groups.size();
            }
            double expected = sigma * Math.sqrt(2.0 * classes / sizes[i]);
            assertEquals(expected, rms[i], 0.04 * expected, "m = " + sizes[i]);
        }
        assertEquals(-0.5, logLogSlope(sizes, rms), 0.02);
    }

    @Test
    void invarianceErrorsNeedATransformBesidesTheIdentity() {
        double[][][] identityOnly = {{{1, 2}}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InvarianceError.rms(identityOnly));
        assertTrue(e.getMessage().contains("|G| >= 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InvarianceError.relative(identityOnly));
        assertThrows(IllegalArgumentException.class, () -> InvarianceError.maxAbsolute(identityOnly));
        assertThrows(IllegalArgumentException.class,
                () -> InvarianceError.rms(new double[][][] {{{1, 2}}, {{Double.NaN, 2}}}));
        assertThrows(IllegalArgumentException.class,
                () -> InvarianceError.relative(new double[][][] {{{1, 2}}, {{1, 2}, {3, 4}}}));
    }

    private static double[][][][] perturbedMembers(int members, int order, int inputs, int classes, double sigma) {
        double[][] invariant = OrbitSamePredictionTest.invariant(1, inputs, classes, 3)[0];
        Random random = new Random(4);
        double[][][][] pool = new double[members][order][inputs][classes];
        for (double[][][] member : pool) {
            for (double[][] element : member) {
                for (int n = 0; n < inputs; n++) {
                    for (int k = 0; k < classes; k++) {
                        element[n][k] = invariant[n][k] + sigma * random.nextGaussian();
                    }
                }
            }
        }
        return pool;
    }

    private static double logLogSlope(int[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += Math.log(x[i]) / x.length;
            my += Math.log(y[i]) / x.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (Math.log(x[i]) - mx) * (Math.log(y[i]) - my);
            sxx += (Math.log(x[i]) - mx) * (Math.log(x[i]) - mx);
        }
        return sxy / sxx;
    }
}
