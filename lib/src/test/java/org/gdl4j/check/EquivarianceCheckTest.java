package org.gdl4j.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.gdl4j.Precision;
import org.gdl4j.grid.FieldAction;
import org.gdl4j.grid.ImageAction;
import org.gdl4j.grid.TestImages;
import org.gdl4j.group.CyclicElement;
import org.gdl4j.group.CyclicGroup;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.Groups;
import org.gdl4j.group.PlanarSymmetry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Equivariance checks pass for equivariant functions and catch broken ones, with a readable report. */
class EquivarianceCheckTest {

    private static final ImageAction PIXELS = ImageAction.exactWherePossible();

    /** C4 and D4 in both precisions. */
    static Stream<Arguments> groupsPrecisions() {
        return Stream.of(Groups.cyclic(4), Groups.dihedral(4))
                .flatMap(group -> Stream.of(Precision.values()).map(p -> Arguments.of(group, p)));
    }

    private static List<INDArray> inputs(Precision precision, long channels, int size) {
        return List.of(TestImages.gaussian(precision, 31, 2, channels, size, size),
                TestImages.gaussian(precision, 32, 1, channels, size, size));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("groupsPrecisions")
    <E extends PlanarSymmetry> void pointwiseAndChannelMeanFunctionsAreEquivariant(FiniteGroup<E> group,
            Precision precision) {
        UnaryOperator<INDArray> relu = x -> Transforms.relu(x, true);
        UnaryOperator<INDArray> channelMean = x -> x.mean(true, 1);
        for (UnaryOperator<INDArray> f : List.of(relu, channelMean)) {
            for (int size : new int[] {5, 6}) {
                EquivarianceReport report = EquivarianceCheck.<E>of(f, PIXELS, PIXELS)
                        .run(group.testingElements(), inputs(precision, 3, size));
                report.assertWithin(Tolerance.exact(precision));
                assertEquals(group.order(), report.errors().size());
            }
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("groupsPrecisions")
    <E extends PlanarSymmetry> void positionDependentFunctionIsCaught(FiniteGroup<E> group, Precision precision) {
        INDArray offset = TestImages.gaussian(precision, 40, 2, 3, 5, 5);
        EquivarianceReport report = EquivarianceCheck.<E>of(x -> x.add(offset), PIXELS, PIXELS)
                .run(group.testingElements(), List.of(TestImages.gaussian(precision, 41, 2, 3, 5, 5)));
        assertFalse(report.passes(Tolerance.exact(precision)));
        assertEquals(0.0, report.errors().get(0).maxAbsoluteError(), "the identity element commutes");
        AssertionError error = assertThrows(AssertionError.class,
                () -> report.assertWithin(Tolerance.exact(precision)));
        assertTrue(error.getMessage().startsWith("equivariance error above tolerance"), error::getMessage);
        assertTrue(error.getMessage().contains(report.toString()), error::getMessage);
        assertTrue(error.getMessage().contains("max abs error"), error::getMessage);
        assertTrue(error.getMessage().contains(group.elements().get(1).toString()), error::getMessage);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("groupsPrecisions")
    <E extends PlanarSymmetry> void liftingToRegularFieldsIsEquivariantAndItsInverseIsCaught(
            FiniteGroup<E> group, Precision precision) {
        FieldAction<E> regular = FieldAction.regular(group, 2);
        List<INDArray> images = inputs(precision, 2, 6);
        EquivarianceCheck.<E>of(TestFunctions.lifting(group, false), PIXELS, regular)
                .run(group.testingElements(), images).assertWithin(Tolerance.exact(precision));
        EquivarianceReport wrong = EquivarianceCheck.<E>of(TestFunctions.lifting(group, true), PIXELS, regular)
                .run(group.testingElements(), images);
        assertFalse(wrong.passes(Tolerance.exact(precision)), wrong::toString);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void groupAxisShiftedTheWrongWayIsCaughtForC4(Precision precision) {
        CyclicGroup c4 = Groups.cyclic(4);
        FieldAction<CyclicElement> regular = FieldAction.regular(c4, 2);
        List<INDArray> fields = inputs(precision, regular.channels(), 5);
        UnaryOperator<INDArray> rightShift =
                TestFunctions.reindexGroupAxis(c4, h -> c4.compose(h, c4.generator()));
        EquivarianceCheck.<CyclicElement>of(rightShift, regular, regular)
                .run(c4.testingElements(), fields).assertWithin(Tolerance.exact(precision));
        UnaryOperator<INDArray> reversal = TestFunctions.reindexGroupAxis(c4, c4::inverse);
        EquivarianceReport report = EquivarianceCheck.<CyclicElement>of(reversal, regular, regular)
                .run(c4.testingElements(), fields);
        List<Boolean> passing = report.errors().stream().map(e -> e.within(Tolerance.exact(precision))).toList();
        assertEquals(List.of(true, false, true, false), passing, report::toString);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void globalSumIsInvariantAndTopRowSumIsNot(Precision precision) {
        CyclicGroup c4 = Groups.cyclic(4);
        List<INDArray> images = inputs(precision, 3, 6);
        EquivarianceReport sum = EquivarianceCheck.<CyclicElement>invariance(x -> x.sum(2, 3), PIXELS)
                .run(c4.testingElements(), images);
        sum.assertWithin(Tolerance.exact(precision));
        assertEquals(EquivarianceReport.Kind.INVARIANCE, sum.kind());
        EquivarianceReport topRow = EquivarianceCheck.<CyclicElement>invariance(
                x -> x.get(all(), all(), point(0), all()).sum(2), PIXELS).run(c4.testingElements(), images);
        AssertionError error = assertThrows(AssertionError.class,
                () -> topRow.assertWithin(Tolerance.exact(precision)));
        assertTrue(error.getMessage().startsWith("invariance error above tolerance"), error::getMessage);
    }

    @Test
    void reportLocatesTheWorstEntryAndIsATable() {
        CyclicGroup c4 = Groups.cyclic(4);
        INDArray bump = TestImages.oneHot(Precision.DOUBLE, 5, 0, 0);
        INDArray input = TestImages.gaussian(Precision.DOUBLE, 50, 1, 1, 5, 5);
        EquivarianceReport report = EquivarianceCheck.<CyclicElement>of(x -> x.add(bump), PIXELS, PIXELS)
                .run(c4.testingElements(), List.of(input.mul(0.0), input));
        EquivarianceReport.ElementError quarter = report.errors().get(1);
        assertEquals(1.0, quarter.maxAbsoluteError(), 1e-12);
        assertTrue(List.of(List.of(0L, 0L, 0L, 0L), List.of(0L, 0L, 4L, 0L)).contains(quarter.worstIndex()),
                quarter.worstIndex()::toString);
        assertEquals(quarter.maxAbsoluteError() / quarter.scale(), quarter.maxRelativeError(), 1e-12);
        assertEquals(report.maxAbsoluteError(), report.worst().maxAbsoluteError());
        assertEquals(c4.order(), report.rows().size());
        for (List<Object> row : report.rows()) {
            assertEquals(report.columnNames().size(), row.size());
        }
        assertEquals(List.of("element", "max abs error", "max rel error", "scale", "worst input", "worst index"),
                report.columnNames());
        assertEquals(c4.order() + 1, report.toString().lines().count());
    }

    @Test
    void mismatchedShapesAndEmptyListsAreRejected() {
        CyclicGroup c4 = Groups.cyclic(4);
        List<INDArray> images = inputs(Precision.FLOAT, 1, 5);
        EquivarianceCheck<CyclicElement> shapeChanging =
                EquivarianceCheck.of(x -> x.dup(), PIXELS, (g, y) -> y.sum(3));
        assertThrows(IllegalArgumentException.class, () -> shapeChanging.run(c4.testingElements(), images));
        EquivarianceCheck<CyclicElement> identity = EquivarianceCheck.of(x -> x.dup(), PIXELS, PIXELS);
        assertThrows(IllegalArgumentException.class, () -> identity.run(List.of(), images));
        assertThrows(IllegalArgumentException.class, () -> identity.run(c4.testingElements(), List.of()));
    }
}
