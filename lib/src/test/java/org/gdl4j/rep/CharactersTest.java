package org.gdl4j.rep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gdl4j.group.CyclicElement;
import org.gdl4j.group.CyclicGroup;
import org.gdl4j.group.DihedralElement;
import org.gdl4j.group.DihedralGroup;
import org.gdl4j.group.Groups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Multiplicities read off characters, checked against decompositions known by hand. */
class CharactersTest {

    /**
     * D_n permuting the vertices of a regular n-gon, vertex j at angle π/2 + 2πj/n: r^k sends j to j + k and
     * s (x → −x) sends j to −j.
     */
    static Representation<DihedralElement> polygonVertices(DihedralGroup group) {
        int n = group.n();
        return Representations.permutation("vertices", group, n, (g, j) -> {
            int rotated = j + g.rotation();
            return Math.floorMod(g.isReflection() ? -rotated : rotated, n);
        });
    }

    /** ⟨χ, 1⟩ counts orbits (one) and ⟨χ, χ⟩ counts orbits on pairs of vertices (⌊n/2⌋ + 1 distances). */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void polygonPermutationCountsOrbitsOnVerticesAndOnPairs(int n) {
        DihedralGroup group = Groups.dihedral(n);
        Representation<DihedralElement> vertices = polygonVertices(group);
        assertEquals(1.0, Characters.innerProduct(vertices, Representations.trivial(group)), 1e-12);
        assertEquals(n / 2 + 1, Characters.innerProduct(vertices, vertices), 1e-12);
    }

    /** Functions on the vertices: constants, the alternating function (−1)^j for even n, and rho_k. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void polygonPermutationDecomposesIntoTrivialAlternatingAndRotationIrreps(int n) {
        DihedralGroup group = Groups.dihedral(n);
        Representation<DihedralElement> vertices = polygonVertices(group);
        for (Representation<DihedralElement> irrep : DihedralIrreps.all(group)) {
            boolean expected = irrep.name().equals("chi(r=+1,s=+1)") || irrep.name().equals("chi(r=-1,s=+1)")
                    || irrep.dimension() == 2;
            assertEquals(expected ? 1 : 0, Characters.multiplicity(irrep, vertices), irrep::toString);
        }
    }

    @Test
    void planeRotationOfC4IsTheFrequencyOneIrrep() {
        CyclicGroup c4 = Groups.cyclic(4);
        Representation<CyclicElement> plane = Representation.fromArrays("plane", c4, CyclicElement::matrix);
        assertEquals(1, Characters.multiplicity(CyclicIrreps.irrep(c4, 1), plane));
        assertEquals(0, Characters.multiplicity(CyclicIrreps.irrep(c4, 0), plane));
        assertEquals(0, Characters.multiplicity(CyclicIrreps.irrep(c4, 2), plane));
    }

    @Test
    void characterOfTheRegularRepresentationIsOrderAtIdentityAndZeroElsewhere() {
        DihedralGroup d5 = Groups.dihedral(5);
        double[] characters = Representations.regular(d5).characters();
        assertEquals(10.0, characters[0]);
        for (int i = 1; i < characters.length; i++) {
            assertEquals(0.0, characters[i]);
        }
    }

    @Test
    void multiplicityOfAReducibleRepresentationIsRejected() {
        CyclicGroup c4 = Groups.cyclic(4);
        Representation<CyclicElement> regular = Representations.regular(c4);
        assertThrows(IllegalArgumentException.class, () -> Characters.multiplicity(regular, regular));
    }
}
