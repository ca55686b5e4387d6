package org.gdl4j.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The 2×2 matrices of C_n and D_n: a homomorphism into O(2), with the documented normal form. */
class PlanarActionTest {

    private static final String GROUPS = "org.gdl4j.group.TestGroups#finiteGroups";
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends PlanarSymmetry> void matrixOfProductIsProductOfMatrices(FiniteGroup<E> group) {
        for (E a : group.elements()) {
            for (E b : group.elements()) {
                double[][] expected = TestGroups.multiply(a.matrix(), b.matrix());
                assertTrue(TestGroups.maxAbsDifference(expected, group.compose(a, b).matrix()) <= TOLERANCE,
                        () -> "matrix(" + a + " * " + b + ")");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends PlanarSymmetry> void identityHasIdentityMatrix(FiniteGroup<E> group) {
        assertArrayEquals(TestGroups.identity(2), group.identity().matrix());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends PlanarSymmetry> void matricesAreOrthogonalWithDeterminantMinusOneExactlyForReflections(
            FiniteGroup<E> group) {
        for (E g : group.elements()) {
            double[][] m = g.matrix();
            double[][] gram = TestGroups.multiply(TestGroups.transpose(m), m);
            assertTrue(TestGroups.maxAbsDifference(gram, TestGroups.identity(2)) <= TOLERANCE);
            double determinant = m[0][0] * m[1][1] - m[0][1] * m[1][0];
            assertEquals(g.isReflection() ? -1 : 1, determinant, TOLERANCE, g::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends PlanarSymmetry> void matrixIsRotationByAngleThenOptionalMirror(FiniteGroup<E> group) {
        for (E g : group.elements()) {
            double c = Math.cos(g.angle());
            double s = Math.sin(g.angle());
            double mirror = g.isReflection() ? -1 : 1;
            double[][] expected = {{mirror * c, -mirror * s}, {s, c}};
            assertTrue(TestGroups.maxAbsDifference(expected, g.matrix()) <= TOLERANCE, g::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends PlanarSymmetry> void anglesLieInZeroToTwoPi(FiniteGroup<E> group) {
        for (E g : group.elements()) {
            assertTrue(g.angle() >= 0 && g.angle() < 2 * Math.PI, g::toString);
        }
    }
}
