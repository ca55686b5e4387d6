package org.gdl4j.ntk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ArcCosineKernelTest {

    /** The textbook form with {@link Math#atan2}: {@code {C, K̇}}. */
    private static double[] textbook(double k, double dx, double dy) {
        double s = Math.sqrt(Math.max(dx * dy - k * k, 0));
        double kdot = (Math.PI - Math.atan2(s, k)) / (2 * Math.PI);
        return new double[] {k * kdot + s / (2 * Math.PI), kdot};
    }

    private static double[] vectorised(double k, double dx, double dy) {
        double[] nngp = {k};
        double[] ntk = {1};
        ArcCosineKernel.map(nngp, ntk, nngp, ntk, new double[] {dx}, new double[] {dy}, 1, 1);
        return new double[] {nngp[0], ntk[0]};
    }

    @Test
    void agreesWithTheAtan2FormToAFewUnitsInTheLastPlace() {
        Random random = new Random(19);
        double worstC = 0;
        double worstDerivative = 0;
        for (int i = 0; i < 1_000_000; i++) {
            double dx = Math.exp(6 * random.nextGaussian());
            double dy = Math.exp(6 * random.nextGaussian());
            double bound = Math.sqrt(dx * dy);
            double cosine = switch (i % 4) {
                case 0 -> 2 * random.nextDouble() - 1;
                case 1 -> 1 - Math.pow(10, -16 * random.nextDouble());
                case 2 -> -1 + Math.pow(10, -16 * random.nextDouble());
                default -> Math.pow(10, -12 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
            };
            double k = cosine * bound;
            double[] expected = textbook(k, dx, dy);
            double[] actual = vectorised(k, dx, dy);
            worstC = Math.max(worstC, Math.abs(actual[0] - expected[0]) / bound);
            worstDerivative = Math.max(worstDerivative, Math.abs(actual[1] - expected[1]));
        }
        assertTrue(worstC < 4e-16, "max |ΔC| / √(Dx·Dy) = " + worstC);
        assertTrue(worstDerivative < 4e-16, "max |ΔK̇| = " + worstDerivative);
    }

    @Test
    void equalInputsGiveExactlyHalfTheVarianceAndDerivativeOneHalf() {
        Random random = new Random(23);
        for (int i = 0; i < 1000; i++) {
            double d = Math.exp(4 * random.nextGaussian());
            double[] out = vectorised(d, d, d);
            assertEquals(d / 2, out[0], 0);
            assertEquals(0.5, out[1], 0);
        }
    }

    @Test
    void zeroVarianceGivesZeroCovarianceAndTheAtan2FormsDerivativeOneHalf() {
        double[] out = vectorised(0, 0, 2);
        assertEquals(0, out[0], 0);
        assertEquals(textbook(0, 0, 2)[1], out[1], 0);
        assertEquals(0.5, out[1], 0);
        double[] negativeZero = vectorised(-0.0, 3, 0);
        assertEquals(0, negativeZero[0], 0);
        assertEquals(0.5, negativeZero[1], 0);
        double[] orthogonal = vectorised(0, 2, 3);
        assertEquals(textbook(0, 2, 3)[0], orthogonal[0], 1e-16);
        assertEquals(0.25, orthogonal[1], 1e-16);
    }

    @Test
    void rowsOfSeveralBlocksMatchEntryByEntryMaps() {
        Random random = new Random(29);
        int n = 13;
        double[] vx = random.doubles(n, 0.1, 3).toArray();
        double[] vy = random.doubles(n, 0.1, 3).toArray();
        double[] nngp = new double[2 * n * n];
        double[] ntk = random.doubles(2 * n * n, 0, 2).toArray();
        for (int b = 0; b < 2; b++) {
            for (int p = 0; p < n; p++) {
                for (int q = 0; q < n; q++) {
                    nngp[(b * n + p) * n + q] = (2 * random.nextDouble() - 1) * Math.sqrt(vx[p] * vy[q]);
                }
            }
        }
        double[] mapped = nngp.clone();
        double[] mappedNtk = ntk.clone();
        double[] onlyNngp = nngp.clone();
        ArcCosineKernel.map(mapped, mappedNtk, mapped, mappedNtk, vx, vy, 2, n);
        ArcCosineKernel.map(onlyNngp, new double[0], onlyNngp, new double[0], vx, vy, 2, n);
        double[][] fresh = Activation.RELU.mapped(nngp, ntk, vx, vy, 2, n);
        assertArrayEquals(mapped, fresh[0], 0);
        assertArrayEquals(mappedNtk, fresh[1], 0);
        for (int b = 0; b < 2; b++) {
            for (int p = 0; p < n; p++) {
                for (int q = 0; q < n; q++) {
                    int i = (b * n + p) * n + q;
                    double[] single = vectorised(nngp[i], vx[p], vy[q]);
                    assertEquals(single[0], mapped[i], 0);
                    assertEquals(single[0], onlyNngp[i], 0);
                    assertEquals(single[1] * ntk[i], mappedNtk[i], 0);
                }
            }
        }
    }
}
