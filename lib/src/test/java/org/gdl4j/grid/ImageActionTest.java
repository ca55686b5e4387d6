package org.gdl4j.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.gdl4j.Precision;
import org.gdl4j.group.CyclicGroup;
import org.gdl4j.group.DihedralGroup;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.Groups;
import org.gdl4j.group.PlanarSymmetry;
import org.gdl4j.group.Rotation2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The action of planar symmetries on pixels: direction, group laws, exactness and input validation. */
class ImageActionTest {

    private static final ImageAction ACTION = ImageAction.exactWherePossible();

    /** C4 and D4 on odd and even square images, in both precisions. */
    static Stream<Arguments> groupsSizesPrecisions() {
        return Stream.of(Groups.cyclic(4), Groups.dihedral(4)).flatMap(group -> Stream.of(5, 6).flatMap(size ->
                Stream.of(Precision.values()).map(p -> Arguments.of(group, size, p))));
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void quarterTurnMovesPixelRightOfCentreToAboveCentre(Precision precision) {
        INDArray rightOfCentre = TestImages.oneHot(precision, 3, 1, 2);
        INDArray turned = ACTION.apply(Groups.cyclic(4).generator(), rightOfCentre);
        assertEquals(TestImages.oneHot(precision, 3, 0, 1), turned);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void mirrorFlipsColumns(Precision precision) {
        INDArray image = TestImages.gaussian(precision, 1, 2, 3, 4, 6);
        INDArray mirrored = ACTION.apply(Groups.dihedral(4).reflection(), image);
        for (int j = 0; j < 6; j++) {
            assertEquals(image.slice(j, 3), mirrored.slice(5 - j, 3), "column " + j);
        }
    }

    @ParameterizedTest(name = "{0} on {1}x{1}, {2}")
    @MethodSource("groupsSizesPrecisions")
    <E extends PlanarSymmetry> void actionOfProductIsCompositionOfActionsExactly(FiniteGroup<E> group, int size,
            Precision precision) {
        INDArray x = TestImages.gaussian(precision, 7, 2, 3, size, size);
        for (E g : group.elements()) {
            INDArray gx = ACTION.apply(g, x);
            for (E h : group.elements()) {
                assertEquals(ACTION.apply(group.compose(g, h), x), ACTION.apply(g, ACTION.apply(h, x)),
                        () -> g + " * " + h);
            }
            assertEquals(Exactness.EXACT, ACTION.exactness(g, size, size));
            assertEquals(x.dataType(), gx.dataType());
        }
        assertEquals(x, ACTION.apply(group.identity(), x));
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void actionLeavesItsInputUnchanged(Precision precision) {
        INDArray x = TestImages.gaussian(precision, 3, 1, 2, 5, 5);
        INDArray copy = x.dup();
        for (PlanarSymmetry g : List.of(Groups.dihedral(4).element(1, 1), Groups.cyclic(8).generator())) {
            assertNotSame(x, ACTION.apply(g, x));
            assertEquals(copy, x);
        }
    }

    @Test
    void interpolatedQuarterTurnAgreesWithPixelPermutation() {
        INDArray x = TestImages.gaussian(Precision.FLOAT, 11, 2, 3, 7, 7);
        for (PlanarSymmetry g : Groups.dihedral(4).elements()) {
            INDArray interpolated = ImageAction.bilinear().apply(g, x);
            double error = interpolated.sub(ACTION.apply(g, x)).amaxNumber().doubleValue();
            assertTrue(error <= 1e-5, () -> g + ": " + error);
            assertEquals(Exactness.INTERPOLATED, ImageAction.bilinear().exactness(g, 7, 7));
        }
    }

    @Test
    void rotationByAnAngleOffTheGridIsInterpolated() {
        CyclicGroup c8 = Groups.cyclic(8);
        assertEquals(Exactness.INTERPOLATED, ACTION.exactness(c8.generator(), 9, 9));
        assertEquals(Exactness.EXACT, ACTION.exactness(c8.rotation(2), 9, 9));
        assertEquals(Exactness.EXACT, ACTION.exactness(new Rotation2D(3 * Math.PI / 2), 4, 4));
        assertEquals(Exactness.INTERPOLATED, ACTION.exactness(new Rotation2D(0.3), 4, 4));
    }

    /**
     * Two bilinear 45° turns of a smooth image against one exact 90° turn, inside a disc. On a 41×41 image
     * of three Gaussian bumps of width 4 pixels (peak about 1) the measured maximum error inside a disc of
     * radius 15 is 0.0225 in both precisions. One bilinear step errs by at most
     * {@code h²/8 · (max|∂²f/∂x²| + max|∂²f/∂y²|) ≈ 2/(8σ²) = 1/64} per unit amplitude, so two steps stay below
     * about 0.031; the bound is 0.04.
     */
    @ParameterizedTest
    @EnumSource(Precision.class)
    void twoEighthTurnsOfASmoothImageApproximateAQuarterTurn(Precision precision) {
        int size = 41;
        INDArray x = TestImages.smoothBumps(precision, size, 4.0);
        INDArray mask = TestImages.disc(precision, size, 15.0);
        CyclicGroup c8 = Groups.cyclic(8);
        INDArray twice = ACTION.apply(c8.generator(), ACTION.apply(c8.generator(), x));
        INDArray once = ACTION.apply(c8.rotation(2), x);
        double error = twice.sub(once).muli(mask).amaxNumber().doubleValue();
        assertTrue(error <= 0.04, () -> "max error inside the disc: " + error);
        assertTrue(error > 0, "45° turns are interpolated, not exact");
    }

    @Test
    void eighthTurnMovesMassCounterClockwise() {
        INDArray x = TestImages.oneHot(Precision.DOUBLE, 9, 4, 8);
        INDArray turned = ACTION.apply(Groups.cyclic(8).generator(), x);
        double offset = 4 / Math.sqrt(2);
        double row = 0;
        double column = 0;
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 9; j++) {
                row += i * turned.getDouble(0, 0, i, j);
                column += j * turned.getDouble(0, 0, i, j);
            }
        }
        double mass = turned.sumNumber().doubleValue();
        assertEquals(4 - offset, row / mass, 0.5);
        assertEquals(4 + offset, column / mass, 0.5);
    }

    @Test
    void halfTurnAndMirrorPermuteNonSquareImages() {
        DihedralGroup d4 = Groups.dihedral(4);
        INDArray x = TestImages.gaussian(Precision.DOUBLE, 5, 1, 1, 4, 6);
        INDArray halfTurn = ACTION.apply(d4.rotation(2), x);
        assertEquals(x.getDouble(0, 0, 0, 0), halfTurn.getDouble(0, 0, 3, 5));
        assertEquals(x, ACTION.apply(d4.reflection(), ACTION.apply(d4.reflection(), x)));
    }

    @Test
    void quarterTurnOfANonSquareImageIsRejected() {
        INDArray x = Nd4j.zeros(DataType.FLOAT, 1, 1, 5, 6);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ACTION.apply(Groups.cyclic(4).generator(), x));
        assertTrue(e.getMessage().contains("expected a square image for a 90° rotation but got 5×6"),
                e::getMessage);
        assertThrows(IllegalArgumentException.class,
                () -> ACTION.exactness(Groups.dihedral(4).element(1, 3), 5, 6));
    }

    @Test
    void arraysOfOtherRankOrTypeAreRejected() {
        IllegalArgumentException rank = assertThrows(IllegalArgumentException.class,
                () -> ACTION.apply(Groups.cyclic(4).generator(), Nd4j.zeros(DataType.FLOAT, 3, 5, 5)));
        assertTrue(rank.getMessage().contains("expected images [N, C, H, W] (rank 4) but got shape [3, 5, 5]"),
                rank::getMessage);
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> ACTION.apply(Groups.cyclic(4).generator(), Nd4j.zeros(DataType.INT, 1, 1, 3, 3)));
        assertTrue(type.getMessage().contains("INT"), type::getMessage);
    }
}
