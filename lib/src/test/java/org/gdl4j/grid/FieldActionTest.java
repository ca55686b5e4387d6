package org.gdl4j.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gdl4j.Precision;
import org.gdl4j.group.CyclicElement;
import org.gdl4j.group.CyclicGroup;
import org.gdl4j.group.DihedralElement;
import org.gdl4j.group.DihedralGroup;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.Groups;
import org.gdl4j.group.PlanarSymmetry;
import org.gdl4j.rep.CyclicIrreps;
import org.gdl4j.rep.DihedralIrreps;
import org.gdl4j.rep.Representation;
import org.gdl4j.rep.Representations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The action on feature fields: regular, trivial and general representations, against slow references. */
class FieldActionTest {

    private static final int FIELDS = 2;

    /** C4 and D4 on odd and even square images, in both precisions. */
    static Stream<Arguments> groupsSizesPrecisions() {
        return ImageActionTest.groupsSizesPrecisions();
    }

    /** C4 and D4 in both precisions. */
    static Stream<Arguments> groupsPrecisions() {
        return Stream.of(Groups.cyclic(4), Groups.dihedral(4))
                .flatMap(group -> Stream.of(Precision.values()).map(p -> Arguments.of(group, p)));
    }

    @ParameterizedTest(name = "{0} on {1}x{1}, {2}")
    @MethodSource("groupsSizesPrecisions")
    <E extends PlanarSymmetry> void regularActionOfProductIsCompositionOfActionsExactly(FiniteGroup<E> group,
            int size, Precision precision) {
        FieldAction<E> action = FieldAction.regular(group, FIELDS);
        INDArray x = TestImages.gaussian(precision, 21, 2, action.channels(), size, size);
        for (E g : group.elements()) {
            for (E h : group.elements()) {
                assertEquals(action.apply(group.compose(g, h), x), action.apply(g, action.apply(h, x)),
                        () -> g + " * " + h);
            }
        }
        assertEquals(x, action.apply(group.identity(), x));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("groupsPrecisions")
    <E extends PlanarSymmetry> void regularFieldsPermuteTheGroupAxisByInverseLeftMultiplication(
            FiniteGroup<E> group, Precision precision) {
        FieldAction<E> action = FieldAction.regular(group, FIELDS);
        INDArray x = TestImages.gaussian(precision, 22, 2, action.channels(), 5, 5);
        for (E g : group.elements()) {
            INDArray actual = action.apply(g, x);
            assertEquals(SlowFieldAction.regular(group, g, x), actual, g::toString);
            assertEquals(SlowFieldAction.dense(Representations.regular(group), g, x), actual, g::toString);
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("groupsPrecisions")
    <E extends PlanarSymmetry> void actionOfARepresentationMatchesTheChannelSumFormula(FiniteGroup<E> group,
            Precision precision) {
        for (Representation<E> rho : representations(group)) {
            FieldAction<E> action = FieldAction.of(rho, FIELDS);
            INDArray x = TestImages.gaussian(precision, 23, 2, action.channels(), 6, 6);
            for (E g : group.elements()) {
                double error = action.apply(g, x).sub(SlowFieldAction.dense(rho, g, x)).amaxNumber().doubleValue();
                assertTrue(error <= precision.exactTolerance(), () -> rho + " at " + g + ": " + error);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends PlanarSymmetry> List<Representation<E>> representations(FiniteGroup<E> group) {
        List<Representation<E>> reps = new ArrayList<>();
        if (group instanceof CyclicGroup c) {
            CyclicIrreps.all(c).forEach(r -> reps.add((Representation<E>) r));
        } else if (group instanceof DihedralGroup d) {
            DihedralIrreps.all(d).forEach(r -> reps.add((Representation<E>) r));
        }
        reps.add(Representations.regular(group));
        reps.add(Representations.directSum(List.of(reps.get(1), Representations.regular(group))));
        return reps;
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void trivialFieldsMovePixelsOnly(Precision precision) {
        CyclicGroup c4 = Groups.cyclic(4);
        FieldAction<CyclicElement> action = FieldAction.trivial(3);
        INDArray x = TestImages.gaussian(precision, 24, 2, 3, 5, 5);
        for (CyclicElement g : c4.elements()) {
            assertEquals(ImageAction.exactWherePossible().apply(g, x), action.apply(g, x));
        }
    }

    @Test
    void regularFieldsOfC8UseInterpolationOffTheQuarterTurns() {
        CyclicGroup c8 = Groups.cyclic(8);
        FieldAction<CyclicElement> action = FieldAction.regular(c8, 1);
        assertEquals(Exactness.INTERPOLATED, action.exactness(c8.generator(), 9, 9));
        assertEquals(Exactness.EXACT, action.exactness(c8.rotation(2), 9, 9));
        FieldAction<CyclicElement> bilinear = action.withSpatialAction(ImageAction.bilinear());
        assertEquals(Exactness.INTERPOLATED, bilinear.exactness(c8.rotation(2), 9, 9));
        INDArray x = TestImages.gaussian(Precision.FLOAT, 25, 1, 8, 9, 9);
        double error = bilinear.apply(c8.rotation(2), x).sub(action.apply(c8.rotation(2), x))
                .amaxNumber().doubleValue();
        assertTrue(error <= 1e-5, () -> "bilinear quarter turn differs by " + error);
    }

    @Test
    void wrongChannelCountIsRejectedWithTheExpectedCount() {
        FieldAction<DihedralElement> regular = FieldAction.regular(Groups.dihedral(2), 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> regular.apply(Groups.dihedral(2).identity(), Nd4j.zeros(DataType.FLOAT, 1, 10, 4, 4)));
        assertTrue(e.getMessage().contains("expected C = 3·|G| = 12 channels but got 10"), e::getMessage);
        FieldAction<CyclicElement> trivial = FieldAction.trivial(5);
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class,
                () -> trivial.apply(Groups.cyclic(4).identity(), Nd4j.zeros(DataType.FLOAT, 1, 3, 4, 4)));
        assertTrue(t.getMessage().contains("expected C = 5 channels but got 3"), t::getMessage);
    }

    @Test
    void badArgumentsAreRejected() {
        CyclicGroup c4 = Groups.cyclic(4);
        FieldAction<CyclicElement> action = FieldAction.regular(c4, 1);
        assertThrows(IllegalArgumentException.class,
                () -> action.apply(c4.generator(), Nd4j.zeros(DataType.FLOAT, 4, 5, 5)));
        assertThrows(IllegalArgumentException.class,
                () -> action.apply(Groups.cyclic(8).generator(), Nd4j.zeros(DataType.FLOAT, 1, 4, 5, 5)));
        assertThrows(IllegalArgumentException.class,
                () -> action.apply(c4.generator(), Nd4j.zeros(DataType.FLOAT, 1, 4, 5, 6)));
        assertThrows(IllegalArgumentException.class, () -> FieldAction.regular(c4, 0));
        assertThrows(IllegalArgumentException.class, () -> FieldAction.trivial(0));
    }

    @Test
    void descriptionNamesTheFields() {
        assertEquals("3 regular fields of C4", FieldAction.regular(Groups.cyclic(4), 3).toString());
        FieldAction<CyclicElement> action = FieldAction.of(CyclicIrreps.irrep(Groups.cyclic(4), 1), 2);
        assertEquals(4, action.channels());
        assertEquals(2, action.fieldSize());
        assertEquals(2, action.fields());
    }
}
