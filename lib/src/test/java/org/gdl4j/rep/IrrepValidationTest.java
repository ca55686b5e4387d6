package org.gdl4j.rep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdl4j.group.CyclicElement;
import org.gdl4j.group.DihedralElement;
import org.gdl4j.group.DihedralGroup;
import org.gdl4j.group.Groups;
import org.junit.jupiter.api.Test;

/** Frequencies out of range and reducible representations are rejected with clear messages. */
class IrrepValidationTest {

    @Test
    void cyclicFrequencyOutOfRangeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CyclicIrreps.irrep(Groups.cyclic(5), 3));
        assertTrue(e.getMessage().contains("[0, 2]") && e.getMessage().contains("got 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CyclicIrreps.irrep(Groups.cyclic(4), -1));
        assertThrows(IllegalArgumentException.class, () -> CyclicIrreps.irrep(Groups.cyclic(4), 3));
    }

    @Test
    void dihedralTwoDimensionalFrequencyOutOfRangeIsRejected() {
        DihedralGroup d4 = Groups.dihedral(4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DihedralIrreps.twoDimensional(d4, 2));
        assertTrue(e.getMessage().contains("1 <= k < n/2") && e.getMessage().contains("got 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DihedralIrreps.twoDimensional(d4, 0));
        assertThrows(IllegalArgumentException.class, () -> DihedralIrreps.twoDimensional(Groups.dihedral(2), 1));
    }

    @Test
    void rotationSignMinusIsRejectedForOddN() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DihedralIrreps.oneDimensional(Groups.dihedral(5), Sign.MINUS, Sign.PLUS));
        assertTrue(e.getMessage().contains("even n") && e.getMessage().contains("D5"), e.getMessage());
    }

    @Test
    void regularRepresentationIsNotIrreducible() {
        Representation<CyclicElement> regular = Representations.regular(Groups.cyclic(3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Characters.irreducibleType(regular));
        assertTrue(e.getMessage().contains("not irreducible"), e.getMessage());
        assertFalse(Characters.isIrreducible(regular));
    }

    /** Trivial ⊕ determinant of D3 has ⟨χ, χ⟩ = 2 like a complex-type irrep, but indicator 2, not 0. */
    @Test
    void sumOfTwoRealIrrepsIsNotMistakenForAComplexIrrep() {
        DihedralGroup d3 = Groups.dihedral(3);
        Representation<DihedralElement> sum = DihedralIrreps.oneDimensional(d3, Sign.PLUS, Sign.PLUS)
                .directSum(DihedralIrreps.oneDimensional(d3, Sign.PLUS, Sign.MINUS));
        assertEquals(2.0, Characters.innerProduct(sum, sum), 1e-12);
        assertEquals(2.0, Characters.frobeniusSchurIndicator(sum), 1e-12);
        assertFalse(Characters.isIrreducible(sum));
    }

    @Test
    void innerProductOfRepresentationsOfDifferentGroupsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Characters.innerProduct(
                Representations.trivial(Groups.cyclic(4)), Representations.trivial(Groups.cyclic(6))));
        assertTrue(e.getMessage().contains("C4") && e.getMessage().contains("C6"), e.getMessage());
    }

    @Test
    void matrixOfAnElementOfAnotherGroupIsRejected() {
        Representation<CyclicElement> trivial = Representations.trivial(Groups.cyclic(4));
        assertThrows(IllegalArgumentException.class, () -> trivial.matrix(Groups.cyclic(6).rotation(1)));
    }
}
