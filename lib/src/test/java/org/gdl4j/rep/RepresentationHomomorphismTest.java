package org.gdl4j.rep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.GroupElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ρ(gh) = ρ(g)ρ(h), ρ(e) = I and ρ(g⁻¹) = ρ(g)ᵀ for every representation this package builds, in float64 with
 * tolerance 1e-12, on C1 … C8 and D1 … D6.
 */
class RepresentationHomomorphismTest {

    private static final String GROUPS = "org.gdl4j.rep.GroupCase#smallGroups";
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void productMapsToProductOfMatrices(GroupCase<E> c) {
        for (Representation<E> rep : c.orthogonalRepresentations()) {
            assertHomomorphism(rep);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void identityMapsToIdentityMatrix(GroupCase<E> c) {
        for (Representation<E> rep : c.orthogonalRepresentations()) {
            Matrix image = rep.matrix(c.group().identity());
            assertTrue(image.maxAbsDifference(Matrix.identity(rep.dimension())) <= TOLERANCE, rep::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void inverseMapsToTransposedMatrix(GroupCase<E> c) {
        FiniteGroup<E> group = c.group();
        for (Representation<E> rep : c.orthogonalRepresentations()) {
            for (E g : group.elements()) {
                Matrix inverseImage = rep.matrix(group.inverse(g));
                assertTrue(inverseImage.maxAbsDifference(rep.matrix(g).transpose()) <= TOLERANCE,
                        () -> rep + " at " + g);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void nonOrthogonalChangeOfBasisKeepsHomomorphismAndCharacter(GroupCase<E> c) {
        Representation<E> regular = Representations.regular(c.group());
        Matrix q = TestMatrices.randomInvertible(regular.dimension(), new Random(99));
        Representation<E> changed = regular.changeBasis(q);
        assertHomomorphism(changed);
        double[] expected = regular.characters();
        double[] actual = changed.characters();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-10);
        }
    }

    private static <E extends GroupElement> void assertHomomorphism(Representation<E> rep) {
        FiniteGroup<E> group = rep.group();
        for (E g : group.elements()) {
            for (E h : group.elements()) {
                Matrix product = rep.matrix(g).multiply(rep.matrix(h));
                double error = product.maxAbsDifference(rep.matrix(group.compose(g, h)));
                assertTrue(error <= TOLERANCE, () -> rep + ": |rho(gh) - rho(g)rho(h)| = " + error + " for "
                        + g + ", " + h);
            }
        }
    }
}
