package org.gdl4j.rep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdl4j.group.CyclicElement;
import org.gdl4j.group.CyclicGroup;
import org.gdl4j.group.DihedralElement;
import org.gdl4j.group.DihedralGroup;
import org.gdl4j.group.Groups;
import org.junit.jupiter.api.Test;

/** Construction of trivial, regular, permutation, direct-sum and changed-basis representations. */
class RepresentationsTest {

    @Test
    void regularRepresentationSendsBasisVectorHToGH() {
        DihedralGroup d4 = Groups.dihedral(4);
        Representation<DihedralElement> regular = Representations.regular(d4);
        for (DihedralElement g : d4.elements()) {
            for (DihedralElement h : d4.elements()) {
                int gh = d4.indexOf(d4.compose(g, h));
                for (int row = 0; row < d4.order(); row++) {
                    assertEquals(row == gh ? 1.0 : 0.0, regular.matrix(g).get(row, d4.indexOf(h)));
                }
            }
        }
    }

    @Test
    void generatorOfC4CyclesTheRegularBasis() {
        Matrix r = Representations.regular(Groups.cyclic(4)).matrix(Groups.cyclic(4).generator());
        Matrix expected = Matrix.of(new double[][] {{0, 0, 0, 1}, {1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}});
        assertEquals(expected, r);
    }

    @Test
    void directSumIsBlockDiagonalWithTheFirstSummandFirst() {
        CyclicGroup c4 = Groups.cyclic(4);
        Representation<CyclicElement> sum = Representations.directSum(
                List.of(CyclicIrreps.irrep(c4, 2), CyclicIrreps.irrep(c4, 1)));
        assertEquals(3, sum.dimension());
        Matrix expected = Matrix.of(new double[][] {{-1, 0, 0}, {0, 0, -1}, {0, 1, 0}});
        assertEquals(expected, sum.matrix(c4.generator()));
        assertEquals("psi_2 + psi_1", sum.name());
    }

    @Test
    void permutationOfANonBijectiveActionIsRejected() {
        CyclicGroup c2 = Groups.cyclic(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Representations.permutation("collapse", c2, 3, (g, x) -> 0));
        assertTrue(e.getMessage().contains("not a bijection"), e.getMessage());
    }

    @Test
    void permutationWithAPointOutsideTheSetIsRejected() {
        CyclicGroup c2 = Groups.cyclic(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Representations.permutation("escape", c2, 2, (g, x) -> x + 1));
        assertTrue(e.getMessage().contains("outside [0, 2)"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Representations.permutation("empty", c2, 0, (g, x) -> x));
    }

    @Test
    void mismatchedMatrixSizesAreRejected() {
        CyclicGroup c2 = Groups.cyclic(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Representation.of("ragged", c2, g -> Matrix.identity(g.power() + 1)));
        assertTrue(e.getMessage().contains("1x1") && e.getMessage().contains("2x2"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Representation.of("wide", c2, g -> Matrix.zeros(1, 2)));
    }

    @Test
    void changeOfBasisNeedsAnInvertibleMatrixOfTheRightSize() {
        Representation<CyclicElement> regular = Representations.regular(Groups.cyclic(3));
        assertThrows(IllegalArgumentException.class, () -> regular.changeBasis(Matrix.identity(2)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> regular.changeBasis(Matrix.zeros(3, 3)));
        assertTrue(e.getMessage().contains("singular"), e.getMessage());
    }

    @Test
    void directSumOfRepresentationsOfDifferentGroupsIsRejected() {
        Representation<CyclicElement> c3 = Representations.trivial(Groups.cyclic(3));
        Representation<CyclicElement> c5 = Representations.trivial(Groups.cyclic(5));
        assertThrows(IllegalArgumentException.class, () -> c3.directSum(c5));
        assertThrows(IllegalArgumentException.class, () -> Representations.directSum(List.of()));
    }
}
