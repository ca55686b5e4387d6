package org.gdl4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.gdl4j.group.CyclicElement;
import org.gdl4j.group.Groups;
import org.gdl4j.grid.ImageAction;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class AugmentationsTest {

    private static final ImageAction ROTATIONS = ImageAction.exactWherePossible();
    private static final List<CyclicElement> C4 = Groups.cyclic(4).elements();

    private static Batch batch() {
        Nd4j.getRandom().setSeed(3);
        return new Batch(Nd4j.rand(DataType.DOUBLE, 3, 1, 5, 5), new int[] {0, 1, 2});
    }

    @Test
    void fullOrbitHoldsEveryTransformOfEverySampleInAFixedOrder() {
        Batch batch = batch();
        Batch orbit = Augmentations.fullOrbit(C4, ROTATIONS::apply).apply(batch, new Random(1));
        assertEquals(12, orbit.size());
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2}, orbit.labels());
        for (int a = 0; a < 4; a++) {
            INDArray expected = ROTATIONS.apply(C4.get(a), batch.images());
            assertEquals(expected, orbit.images().get(NDArrayIndex.interval(3 * a, 3 * a + 3)));
        }
    }

    @Test
    void randomElementTransformsEachSampleByOneGroupElement() {
        Batch batch = batch();
        Batch augmented = Augmentations.randomElement(C4, ROTATIONS::apply).apply(batch, new Random(2));
        assertArrayEquals(batch.labels(), augmented.labels());
        for (int i = 0; i < batch.size(); i++) {
            INDArray sample = augmented.images().get(NDArrayIndex.interval(i, i + 1));
            INDArray original = batch.images().get(NDArrayIndex.interval(i, i + 1));
            boolean someElement = C4.stream().anyMatch(g -> ROTATIONS.apply(g, original).equals(sample));
            assertTrue(someElement, "sample " + i + " is no rotation of its original");
        }
    }

    @Test
    void randomElementsDifferBetweenSamples() {
        Nd4j.getRandom().setSeed(4);
        INDArray same = Nd4j.rand(DataType.DOUBLE, 1, 1, 5, 5).repeat(0, 40);
        Batch augmented = Augmentations.randomElement(C4, ROTATIONS::apply).apply(new Batch(same, new int[40]),
                new Random(5));
        long distinct = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> augmented.images().get(NDArrayIndex.point(i)).toString()).distinct().count();
        assertEquals(4, distinct, "40 draws should hit all four rotations");
    }

    @Test
    void emptyElementListIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Augmentations.fullOrbit(List.of(), ROTATIONS::apply));
    }
}
