package org.gdl4j.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SO2Test {

    private static final double TOLERANCE = 1e-12;
    private final SO2 so2 = Groups.so2();

    @Test
    void anglesWrapIntoZeroToTwoPi() {
        assertEquals(3 * Math.PI / 2, new Rotation2D(-Math.PI / 2).angle(), TOLERANCE);
        assertEquals(0.0, new Rotation2D(2 * Math.PI).angle());
        assertEquals(Math.PI, new Rotation2D(7 * Math.PI).angle(), TOLERANCE);
        assertEquals(new Rotation2D(0.0), new Rotation2D(-0.0));
        assertEquals(0.0, new Rotation2D(-1e-18).angle());
    }

    @Test
    void quarterTurnMapsXAxisToYAxis() {
        double[][] m = new Rotation2D(Math.PI / 2).matrix();
        assertEquals(0.0, m[0][0], 1e-15);
        assertEquals(1.0, m[1][0], 1e-15);
    }

    @Test
    void compositionAddsAnglesModuloTwoPi() {
        assertEquals(0.5, so2.compose(new Rotation2D(6.0), new Rotation2D(0.5 + 2 * Math.PI - 6.0)).angle(),
                TOLERANCE);
    }

    @Test
    void groupLawsHoldOnTestingElements() {
        for (Rotation2D a : so2.testingElements()) {
            assertEquals(0.0, angularDistance(so2.compose(a, so2.inverse(a)), so2.identity()), TOLERANCE);
            assertEquals(a, so2.compose(so2.identity(), a));
            for (Rotation2D b : so2.testingElements()) {
                for (Rotation2D c : so2.testingElements()) {
                    Rotation2D left = so2.compose(so2.compose(a, b), c);
                    Rotation2D right = so2.compose(a, so2.compose(b, c));
                    assertEquals(0.0, angularDistance(left, right), TOLERANCE);
                }
            }
        }
    }

    @Test
    void matrixOfCompositionIsProductOfMatrices() {
        for (Rotation2D a : so2.testingElements()) {
            for (Rotation2D b : so2.testingElements()) {
                double[][] product = TestGroups.multiply(a.matrix(), b.matrix());
                assertTrue(TestGroups.maxAbsDifference(product, so2.compose(a, b).matrix()) <= TOLERANCE);
            }
        }
    }

    @Test
    void testingElementsStartWithTheIdentity() {
        assertEquals(so2.identity(), so2.testingElements().get(0));
        assertEquals(so2.testingElements(), so2.testingElements());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nonFiniteAnglesAreRejected(double angle) {
        assertThrows(IllegalArgumentException.class, () -> new Rotation2D(angle));
    }

    @Test
    void nullIsNotAnElement() {
        assertThrows(IllegalArgumentException.class, () -> so2.inverse(null));
    }

    private static double angularDistance(Rotation2D a, Rotation2D b) {
        double d = Math.abs(a.angle() - b.angle());
        return Math.min(d, 2 * Math.PI - d);
    }
}
