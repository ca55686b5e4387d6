package org.gdl4j.ntk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlaneConvOperatorTest {

    /** {@code (1/q²) Σ_y M[t + y, t' + y]} by a direct loop over all offsets, zero outside. */
    private static double[] bruteForce(double[] m, int h, int w, int q, Padding padding) {
        int half = (q - 1) / 2;
        int oh = padding.outputSize(h, half);
        int ow = padding.outputSize(w, half);
        int off = padding == Padding.VALID ? half : 0;
        double[] out = new double[oh * ow * oh * ow];
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                for (int k = 0; k < oh; k++) {
                    for (int l = 0; l < ow; l++) {
                        double sum = 0;
                        for (int a = -half; a <= half; a++) {
                            for (int b = -half; b <= half; b++) {
                                int i1 = i + off + a;
                                int j1 = j + off + b;
                                int i2 = k + off + a;
                                int j2 = l + off + b;
                                if (i1 >= 0 && i1 < h && j1 >= 0 && j1 < w && i2 >= 0 && i2 < h && j2 >= 0 && j2 < w) {
                                    sum += m[((i1 * w + j1) * h + i2) * w + j2];
                                }
                            }
                        }
                        out[((i * ow + j) * oh + k) * ow + l] = sum / (q * q);
                    }
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Padding.class)
    void separableOperatorMatchesDirectSumIncludingBorders(Padding padding) {
        Random random = new Random(3);
        int h = 6;
        int w = 7;
        double[] m = random.doubles((long) h * w * h * w, -1, 1).toArray();
        for (int q : new int[] {1, 3, 5}) {
            PlaneConvOperator op = new PlaneConvOperator(new PlaneDomain(h, w), q, padding);
            double[] expected = bruteForce(m, h, w, q, padding);
            double[] actual = op.pair(m);
            assertEquals(expected.length, actual.length);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], actual[i], 1e-14, "entry " + i + " for q = " + q);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Padding.class)
    void variancesAreTheBitExactDiagonalOfThePairMap(Padding padding) {
        Random random = new Random(5);
        PlanarImage x = NtkFixtures.random(random, 2, 6);
        PlaneDomain plane = new PlaneDomain(6, 6);
        PlaneConvOperator op = new PlaneConvOperator(plane, 3, padding);
        double[] pair = op.pair(InputKernel.cross(x, x));
        double[] variances = op.variances(InputKernel.variances(x));
        assertArrayEquals(op.outputDomain().diagonal(pair), variances, 0);
    }
}
