package org.gdl4j.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ActivationTest {

    private static double[] map(Activation activation, double k, double dx, double dy) {
        double[] nngp = {k};
        double[] ntk = {1};
        activation.map(nngp, ntk, new double[] {dx}, new double[] {dy}, 1, 1);
        return new double[] {nngp[0], ntk[0]};
    }

    @Test
    void reluAtEqualInputsHalvesTheVarianceWithDerivativeOneHalf() {
        double[] out = map(Activation.RELU, 0.7, 0.7, 0.7);
        assertEquals(0.35, out[0], 0);
        assertEquals(0.5, out[1], 0);
        assertEquals(0.35, Activation.RELU.variance(0.7), 0);
    }

    @Test
    void reluOfUncorrelatedInputsIsRootOfVariancesOverTwoPi() {
        double[] out = map(Activation.RELU, 0, 2, 3);
        assertEquals(Math.sqrt(6) / (2 * Math.PI), out[0], 1e-15);
        assertEquals(0.25, out[1], 1e-15);
    }

    @Test
    void reluOfAntiCorrelatedInputsVanishes() {
        double[] out = map(Activation.RELU, -2, 2, 2);
        assertEquals(0, out[0], 1e-15);
        assertEquals(0, out[1], 1e-15);
    }

    @Test
    void reluMatchesArccosineFormulaAtGenericAngle() {
        double dx = 1.3;
        double dy = 0.8;
        double k = 0.4;
        double theta = Math.acos(k / Math.sqrt(dx * dy));
        double expected = Math.sqrt(dx * dy) / (2 * Math.PI) * (Math.sin(theta) + (Math.PI - theta) * Math.cos(theta));
        double[] out = map(Activation.RELU, k, dx, dy);
        assertEquals(expected, out[0], 1e-15);
        assertEquals((Math.PI - theta) / (2 * Math.PI), out[1], 1e-15);
    }

    @Test
    void erfAtEqualInputsMatchesItsVarianceFormula() {
        double d = 0.9;
        double[] out = map(Activation.ERF, d, d, d);
        assertEquals(Activation.ERF.variance(d), out[0], 1e-15);
        assertEquals(2 / Math.PI * Math.asin(2 * d / (1 + 2 * d)), out[0], 1e-15);
        assertEquals(4 / Math.PI / Math.sqrt(1 + 4 * d), out[1], 1e-14);
    }

    @Test
    void erfOfUncorrelatedInputsVanishesWithDerivativeFromVariances() {
        double[] out = map(Activation.ERF, 0, 0.5, 2);
        assertEquals(0, out[0], 0);
        assertEquals(4 / Math.PI / Math.sqrt(2 * 5), out[1], 1e-15);
    }
}
