package org.gdl4j.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** The LU-parameterised 1×1 convolution, including one with a negative determinant. */
class InvertibleConv1x1Test {

    /** An odd number of pixels, so that {@code det J = (det W)^{H·W}} has the sign of {@code det W}. */
    private static final ImageShape SHAPE = new ImageShape(3, 1, 3);

    @Test
    void luFactorsReproduceTheOrthogonalMatrix() {
        double[][] q = LuDecomposition.orthonormalColumns(gaussian(4, new Random(1)));
        LuDecomposition lu = LuDecomposition.of(q);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double pq = 0;
                for (int k = 0; k < 4; k++) {
                    double lu_kj = 0;
                    for (int m = 0; m < 4; m++) {
                        double l = m == k ? 1 : lu.lower()[k][m];
                        double u = m == j ? lu.signs()[m] * Math.exp(lu.logAbsDiagonal()[m]) : lu.upper()[m][j];
                        lu_kj += l * u;
                    }
                    pq += lu.permutation()[i][k] * lu_kj;
                }
                assertEquals(q[i][j], pq, 1e-12);
            }
        }
    }

    @Test
    void negativeDeterminantKeepsLogAbsDetAndInverse() {
        BijectionReport negative = null;
        for (long seed = 0; seed < 20 && negative == null; seed++) {
            Nd4j.getRandom().setSeed(seed);
            BijectionReport report = BijectionCheck.check(new InvertibleConv1x1(SHAPE),
                    BijectionLawsTest.batch(SHAPE, seed), 0.05, seed);
            negative = report.determinantSigns()[0] < 0 ? report : null;
        }
        assertTrue(negative != null, "no seed below 20 gave a 1x1 convolution with negative determinant");
        System.out.println("1x1 conv with det < 0: " + negative);
        negative.assertWithin(1e-10, 1e-6);
    }

    private static double[][] gaussian(int n, Random random) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = random.nextGaussian();
            }
        }
        return a;
    }
}
