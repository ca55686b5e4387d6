package org.gdl4j.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Composition, direction, Haar sampling, distance and validation of SO(3) rotations. */
class Rotation3DTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void positiveQuarterTurnsFollowTheRightHandRule() {
        assertVector(new double[] {0, 1, 0}, Rotation3D.aboutZ(Math.PI / 2).apply(new double[] {1, 0, 0}));
        assertVector(new double[] {0, 0, 1}, Rotation3D.aboutX(Math.PI / 2).apply(new double[] {0, 1, 0}));
        assertVector(new double[] {1, 0, 0}, Rotation3D.aboutY(Math.PI / 2).apply(new double[] {0, 0, 1}));
    }

    @Test
    void eulerBetaIsTheColatitudeOfTheRotatedNorthPole() {
        double alpha = 0.7;
        double beta = 1.1;
        double[] point = Rotation3D.fromEulerZYZ(alpha, beta, 2.5).apply(new double[] {0, 0, 1});
        assertVector(new double[] {Math.sin(beta) * Math.cos(alpha), Math.sin(beta) * Math.sin(alpha),
            Math.cos(beta)}, point);
    }

    @Test
    void compositionMatchesMatrixProduct() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            Rotation3D a = Rotation3D.random(random);
            Rotation3D b = Rotation3D.random(random);
            double[][] product = TestGroups.multiply(a.matrix(), b.matrix());
            assertTrue(TestGroups.maxAbsDifference(product, a.compose(b).matrix()) <= TOLERANCE);
        }
    }

    @Test
    void inverseHasTheTransposedMatrix() {
        Random random = new Random(8);
        for (int i = 0; i < 500; i++) {
            Rotation3D r = Rotation3D.random(random);
            assertTrue(TestGroups.maxAbsDifference(TestGroups.transpose(r.matrix()), r.inverse().matrix())
                    <= TOLERANCE);
        }
    }

    @Test
    void groupLawsHoldOnTestingElements() {
        SO3 so3 = Groups.so3();
        for (Rotation3D a : so3.testingElements()) {
            assertEquals(0, so3.compose(a, so3.inverse(a)).distanceTo(so3.identity()), TOLERANCE);
            for (Rotation3D b : so3.testingElements()) {
                for (Rotation3D c : so3.testingElements()) {
                    Rotation3D left = so3.compose(so3.compose(a, b), c);
                    assertEquals(0, left.distanceTo(so3.compose(a, so3.compose(b, c))), TOLERANCE);
                }
            }
        }
        assertEquals(so3.identity(), so3.testingElements().get(0));
    }

    @Test
    void randomRotationsAreOrthogonalWithUnitDeterminant() {
        Random random = new Random(9);
        for (int i = 0; i < 1000; i++) {
            double[][] m = Rotation3D.random(random).matrix();
            double[][] gram = TestGroups.multiply(TestGroups.transpose(m), m);
            assertTrue(TestGroups.maxAbsDifference(gram, TestGroups.identity(3)) <= TOLERANCE);
            assertEquals(1.0, determinant(m), TOLERANCE);
        }
    }

    /**
     * Under the Haar measure tr R = 1 + 2 cos ω has mean 0 and variance 1 (the 3-dimensional representation
     * is irreducible), and E[tr² R] = 1 with Var[tr² R] = E[tr⁴] − 1 = 3 − 1 = 2. With N samples the standard
     * errors are 1/√N and √(2/N); five standard errors bound a false failure below 1e-6.
     */
    @Test
    void randomRotationsHaveTheHaarMomentsOfTheTrace() {
        int n = 20_000;
        Random random = new Random(10);
        double sum = 0;
        double sumOfSquares = 0;
        for (int i = 0; i < n; i++) {
            double[][] m = Rotation3D.random(random).matrix();
            double trace = m[0][0] + m[1][1] + m[2][2];
            sum += trace;
            sumOfSquares += trace * trace;
        }
        assertEquals(0.0, sum / n, 5 / Math.sqrt(n));
        assertEquals(1.0, sumOfSquares / n, 5 * Math.sqrt(2.0 / n));
    }

    @Test
    void randomRotationsAreReproducibleFromTheSeed() {
        assertEquals(Rotation3D.random(new Random(11)), Rotation3D.random(new Random(11)));
    }

    @Test
    void distanceIsTheAngleOfTheRelativeRotation() {
        assertEquals(0.7, Rotation3D.aboutZ(0.3).distanceTo(Rotation3D.aboutZ(1.0)), TOLERANCE);
        assertEquals(Math.PI, Rotation3D.identity().distanceTo(Rotation3D.aboutX(Math.PI)), TOLERANCE);
        Random random = new Random(12);
        for (int i = 0; i < 200; i++) {
            Rotation3D a = Rotation3D.random(random);
            Rotation3D b = Rotation3D.random(random);
            assertEquals(a.distanceTo(b), b.distanceTo(a), TOLERANCE);
            assertEquals(0, a.distanceTo(a), TOLERANCE);
            double[][] m = a.matrix();
            assertEquals(m[0][0] + m[1][1] + m[2][2], 1 + 2 * Math.cos(a.angle()), 1e-11);
        }
    }

    @Test
    void nonOrthogonalMatrixIsRejectedWithItsError() {
        double[][] sheared = {{1, 0.01, 0}, {0, 1, 0}, {0, 0, 1}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rotation3D.fromMatrix(sheared));
        assertTrue(e.getMessage().contains("R^T R - I") && e.getMessage().contains("0.01"), e.getMessage());
    }

    @Test
    void reflectionMatrixIsRejectedWithItsDeterminant() {
        double[][] mirror = {{1, 0, 0}, {0, 1, 0}, {0, 0, -1}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rotation3D.fromMatrix(mirror));
        assertTrue(e.getMessage().contains("det R = -1.0"), e.getMessage());
    }

    @Test
    void malformedMatricesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Rotation3D.fromMatrix(new double[2][2]));
        assertThrows(IllegalArgumentException.class, () -> Rotation3D.fromMatrix(new double[][] {
            {1, 0, 0}, {0, 1}, {0, 0, 1}}));
        assertThrows(IllegalArgumentException.class, () -> Rotation3D.fromMatrix(new double[][] {
            {Double.NaN, 0, 0}, {0, 1, 0}, {0, 0, 1}}));
    }

    @Test
    void invalidAnglesAndQuaternionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new EulerAnglesZYZ(0, -0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new EulerAnglesZYZ(0, 4.0, 0));
        assertThrows(IllegalArgumentException.class, () -> new UnitQuaternion(2, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> UnitQuaternion.normalised(0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new AxisAngle(0, 0, 0, 1));
        assertEquals(3 * Math.PI / 2, new EulerAnglesZYZ(-Math.PI / 2, 1, 0).alpha(), TOLERANCE);
    }

    private static void assertVector(double[] expected, double[] actual) {
        assertArrayEquals(expected, actual, TOLERANCE);
    }

    private static double determinant(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }
}
