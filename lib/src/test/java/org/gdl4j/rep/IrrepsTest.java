package org.gdl4j.rep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdl4j.group.CyclicElement;
import org.gdl4j.group.DihedralElement;
import org.gdl4j.group.GroupElement;
import org.gdl4j.group.Groups;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Irreducibility, orthogonality and completeness of the irreps of C1 … C8 and D1 … D6. */
class IrrepsTest {

    private static final String GROUPS = "org.gdl4j.rep.GroupCase#smallGroups";
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void everyIrrepIsIrreducibleOfTheExpectedType(GroupCase<E> c) {
        for (int i = 0; i < c.irreps().size(); i++) {
            assertEquals(c.types().get(i), Characters.irreducibleType(c.irreps().get(i)),
                    c.irreps().get(i)::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void charactersAreOrthogonalWithNormEqualToCommutantDimension(GroupCase<E> c) {
        List<Representation<E>> irreps = c.irreps();
        for (int i = 0; i < irreps.size(); i++) {
            for (int j = 0; j < irreps.size(); j++) {
                double expected = i == j ? c.types().get(i).commutantDimension() : 0;
                assertEquals(expected, Characters.innerProduct(irreps.get(i), irreps.get(j)), TOLERANCE,
                        irreps.get(i) + " vs " + irreps.get(j));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void squaredDimensionsOfComplexIrrepsSumToTheOrder(GroupCase<E> c) {
        double sum = 0;
        for (int i = 0; i < c.irreps().size(); i++) {
            int d = c.irreps().get(i).dimension();
            sum += (double) d * d / c.types().get(i).commutantDimension();
        }
        assertEquals(c.group().order(), sum, TOLERANCE);
    }

    /** (1/|G|) Σ_g ρ_i(g)_{ab} ρ_j(g)_{cd} = δ_ij δ_ac δ_bd / d_i for irreps of real type. */
    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void matrixCoefficientsOfRealTypeIrrepsAreOrthogonal(GroupCase<E> c) {
        List<Representation<E>> irreps = c.irreps();
        for (int i = 0; i < irreps.size(); i++) {
            for (int j = 0; j < irreps.size(); j++) {
                if (c.types().get(i) == IrrepType.REAL && c.types().get(j) == IrrepType.REAL) {
                    assertSchurOrthogonality(irreps.get(i), irreps.get(j), i == j);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void frobeniusSchurIndicatorMatchesTheType(GroupCase<E> c) {
        for (int i = 0; i < c.irreps().size(); i++) {
            assertEquals(c.types().get(i).indicator(), Characters.frobeniusSchurIndicator(c.irreps().get(i)),
                    TOLERANCE);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6, 7, 8})
    void frequencyOneIrrepIsTheActionOnThePlane(int n) {
        Representation<CyclicElement> psi1 = CyclicIrreps.irrep(Groups.cyclic(n), 1);
        for (CyclicElement g : Groups.cyclic(n).elements()) {
            assertTrue(psi1.matrix(g).maxAbsDifference(Matrix.of(g.matrix())) == 0, g::toString);
        }
        Representation<DihedralElement> rho1 = DihedralIrreps.twoDimensional(Groups.dihedral(n), 1);
        for (DihedralElement g : Groups.dihedral(n).elements()) {
            assertTrue(rho1.matrix(g).maxAbsDifference(Matrix.of(g.matrix())) == 0, g::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void irrepCountsFollowTheParityOfN(int n) {
        assertEquals(n / 2 + 1, CyclicIrreps.all(Groups.cyclic(n)).size());
        int oneDimensional = n % 2 == 0 ? 4 : 2;
        int twoDimensional = (n - 1) / 2;
        assertEquals(oneDimensional + twoDimensional, DihedralIrreps.all(Groups.dihedral(n)).size());
    }

    private static <E extends GroupElement> void assertSchurOrthogonality(Representation<E> a,
            Representation<E> b, boolean same) {
        List<E> elements = a.group().elements();
        for (int p = 0; p < a.dimension(); p++) {
            for (int q = 0; q < a.dimension(); q++) {
                for (int r = 0; r < b.dimension(); r++) {
                    for (int s = 0; s < b.dimension(); s++) {
                        double sum = 0;
                        for (E g : elements) {
                            sum += a.matrix(g).get(p, q) * b.matrix(g).get(r, s);
                        }
                        double expected = same && p == r && q == s ? 1.0 / a.dimension() : 0;
                        assertEquals(expected, sum / elements.size(), TOLERANCE, a + " vs " + b);
                    }
                }
            }
        }
    }
}
