package org.gdl4j.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.gdl4j.Precision;
import org.gdl4j.group.CyclicElement;
import org.gdl4j.group.CyclicGroup;
import org.gdl4j.group.Groups;
import org.gdl4j.rep.CyclicIrreps;
import org.gdl4j.rep.DihedralIrreps;
import org.gdl4j.rep.Matrix;
import org.gdl4j.rep.Representation;
import org.gdl4j.rep.Representations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Representation laws hold for what {@code rep} builds and fail, row by row, for broken maps. */
class RepresentationLawCheckTest {

    private static final Tolerance EXACT = Tolerance.exact(Precision.DOUBLE);

    /** Trivial, regular and every irrep of C4, C8, D4 and D6. */
    static Stream<Representation<?>> representations() {
        List<Representation<?>> reps = new ArrayList<>();
        for (int n : new int[] {4, 8}) {
            reps.add(Representations.trivial(Groups.cyclic(n)));
            reps.add(Representations.regular(Groups.cyclic(n)));
            reps.addAll(CyclicIrreps.all(Groups.cyclic(n)));
        }
        for (int n : new int[] {4, 6}) {
            reps.add(Representations.trivial(Groups.dihedral(n)));
            reps.add(Representations.regular(Groups.dihedral(n)));
            reps.addAll(DihedralIrreps.all(Groups.dihedral(n)));
        }
        return reps.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("representations")
    void lawsHoldForRepresentationsBuiltByRep(Representation<?> rho) {
        LawReport report = RepresentationLawCheck.check(rho);
        report.assertWithin(EXACT);
        assertEquals(RepresentationLaw.values().length, report.laws().size());
    }

    /** {@code r^k ↦ R(kπ/3)}: a homomorphism of C6, not of C4, but orthogonal with {@code ρ(e) = I}. */
    private static Representation<CyclicElement> rotationBySixthTurns(CyclicGroup c4) {
        return Representation.fromArrays("sixth turns", c4,
                g -> Groups.cyclic(6).rotation(g.power()).matrix());
    }

    @Test
    void brokenRepresentationFailsHomomorphismAndInverseOnly() {
        LawReport report = RepresentationLawCheck.check(rotationBySixthTurns(Groups.cyclic(4)));
        assertFalse(report.passes(EXACT));
        assertFalse(report.holds(RepresentationLaw.HOMOMORPHISM, EXACT));
        assertFalse(report.holds(RepresentationLaw.INVERSE, EXACT));
        assertTrue(report.holds(RepresentationLaw.IDENTITY, EXACT));
        assertTrue(report.holds(RepresentationLaw.ORTHOGONALITY, EXACT));
        assertTrue(report.error(RepresentationLaw.HOMOMORPHISM).worstCase().contains("h = "));
        AssertionError error = assertThrows(AssertionError.class, () -> report.assertWithin(EXACT));
        assertTrue(error.getMessage().contains("sixth turns"), error::getMessage);
        assertTrue(error.getMessage().contains(report.toString()), error::getMessage);
        assertTrue(error.getMessage().contains("ρ(g·h) = ρ(g)·ρ(h)"), error::getMessage);
    }

    @Test
    void singularMatricesHaveNoInverse() {
        CyclicGroup c4 = Groups.cyclic(4);
        Representation<CyclicElement> zero = Representation.of("zero", c4, g -> Matrix.zeros(2, 2));
        LawReport report = RepresentationLawCheck.check(zero);
        assertEquals(Double.POSITIVE_INFINITY, report.error(RepresentationLaw.INVERSE).maxError());
        assertEquals(1.0, report.error(RepresentationLaw.IDENTITY).maxError());
    }

    @Test
    void nonOrthogonalBasisKeepsTheOtherLaws() {
        CyclicGroup c4 = Groups.cyclic(4);
        Matrix q = Matrix.of(new double[][] {{2, 1, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 1, 3}});
        Representation<CyclicElement> skewed = Representations.regular(c4).changeBasis(q);
        assertFalse(RepresentationLawCheck.check(skewed).passes(EXACT));
        LawReport withoutOrthogonality = RepresentationLawCheck.check(skewed,
                EnumSet.complementOf(EnumSet.of(RepresentationLaw.ORTHOGONALITY)));
        withoutOrthogonality.assertWithin(new Tolerance(1e-12, 1e-12));
        assertEquals(3, withoutOrthogonality.rows().size());
        assertThrows(IllegalArgumentException.class,
                () -> withoutOrthogonality.error(RepresentationLaw.ORTHOGONALITY));
        assertThrows(IllegalArgumentException.class,
                () -> RepresentationLawCheck.check(skewed, EnumSet.noneOf(RepresentationLaw.class)));
    }

    @Test
    void reportRowsMatchItsColumns() {
        LawReport report = RepresentationLawCheck.check(Representations.regular(Groups.dihedral(3)));
        assertEquals(List.of("law", "max error", "worst case"), report.columnNames());
        assertEquals(4, report.rows().size());
        for (List<Object> row : report.rows()) {
            assertEquals(report.columnNames().size(), row.size());
        }
        assertEquals(List.of("ρ(g·h) = ρ(g)·ρ(h)", "ρ(e) = I", "ρ(g⁻¹) = ρ(g)⁻¹", "ρ(g)ᵀ·ρ(g) = I"),
                report.rows().stream().map(row -> row.get(0)).toList());
        assertEquals(0.0, report.maxError());
        assertEquals(1.0, report.scale());
    }
}
