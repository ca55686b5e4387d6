package org.gdl4j.rep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gdl4j.group.CyclicElement;
import org.gdl4j.group.CyclicGroup;
import org.gdl4j.group.GroupElement;
import org.gdl4j.group.Groups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Q ρ_reg(g) Qᵀ = ⊕ irreps with an explicit orthogonal Q, for C1 … C8 and D1 … D8, to 1e-12. */
class RegularDecompositionTest {

    private static final String GROUPS = "org.gdl4j.rep.GroupCase#groupsUpToEight";
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void basisChangeIsOrthogonal(GroupCase<E> c) {
        Matrix q = RegularDecomposition.of(c.group(), c.irreps()).basisChange();
        Matrix identity = Matrix.identity(c.group().order());
        assertTrue(q.multiply(q.transpose()).maxAbsDifference(identity) <= TOLERANCE);
        assertTrue(q.transpose().multiply(q).maxAbsDifference(identity) <= TOLERANCE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void basisChangeBlockDiagonalisesTheRegularRepresentation(GroupCase<E> c) {
        RegularDecomposition<E> decomposition = RegularDecomposition.of(c.group(), c.irreps());
        Matrix q = decomposition.basisChange();
        Representation<E> regular = Representations.regular(c.group());
        Representation<E> blocks = decomposition.blockDiagonal();
        for (E g : c.group().elements()) {
            Matrix conjugated = q.multiply(regular.matrix(g)).multiply(q.transpose());
            double error = conjugated.maxAbsDifference(blocks.matrix(g));
            assertTrue(error <= TOLERANCE, () -> "|Q rho_reg Q^T - blocks| = " + error + " at " + g);
            assertTrue(regular.changeBasis(q).matrix(g).maxAbsDifference(blocks.matrix(g)) <= TOLERANCE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void eachIrrepAppearsDimensionOverCharacterNormTimes(GroupCase<E> c) {
        List<Representation<E>> blocks = RegularDecomposition.of(c.group(), c.irreps()).blocks();
        Representation<E> regular = Representations.regular(c.group());
        for (int i = 0; i < c.irreps().size(); i++) {
            Representation<E> irrep = c.irreps().get(i);
            int expected = irrep.dimension() / c.types().get(i).commutantDimension();
            assertEquals(expected, blocks.stream().filter(irrep::equals).count(), irrep::toString);
            assertEquals(expected, Characters.multiplicity(irrep, regular), irrep::toString);
        }
        assertEquals(c.group().order(), blocks.stream().mapToInt(Representation::dimension).sum());
    }

    @Test
    void incompleteListOfIrrepsIsRejected() {
        CyclicGroup c6 = Groups.cyclic(6);
        List<Representation<CyclicElement>> missing = new ArrayList<>(CyclicIrreps.all(c6));
        missing.remove(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegularDecomposition.of(c6, missing));
        assertTrue(e.getMessage().contains("incomplete") && e.getMessage().contains("|G| = 6"), e.getMessage());
    }

    @Test
    void repeatedIrrepIsRejected() {
        CyclicGroup c4 = Groups.cyclic(4);
        List<Representation<CyclicElement>> repeated = new ArrayList<>(CyclicIrreps.all(c4));
        repeated.add(CyclicIrreps.irrep(c4, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegularDecomposition.of(c4, repeated));
        assertTrue(e.getMessage().contains("isomorphic"), e.getMessage());
    }

    @Test
    void nonOrthogonalIrrepIsRejected() {
        CyclicGroup c3 = Groups.cyclic(3);
        List<Representation<CyclicElement>> irreps = new ArrayList<>(CyclicIrreps.all(c3));
        Matrix skew = Matrix.of(new double[][] {{1, 1}, {0, 1}});
        irreps.set(1, irreps.get(1).changeBasis(skew));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegularDecomposition.of(c3, irreps));
        assertTrue(e.getMessage().contains("not orthogonal"), e.getMessage());
    }
}
