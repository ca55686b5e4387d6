package org.gdl4j.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ImageMomentsTest {

    @Test
    void momentsArePopulationMeanAndStdOverAllEntries() {
        INDArray images = Nd4j.create(new float[] {0, 1, 2, 3}, new long[] {2, 1, 1, 2}, DataType.FLOAT);
        ImageMoments moments = ImageMoments.of(images);
        assertEquals(1.5, moments.mean(), 1e-15);
        assertEquals(Math.sqrt(1.25), moments.std(), 1e-15);
    }

    @Test
    void constantEmptyOrNonFiniteBatchesAndNonPositiveStdRaise() {
        assertThrows(IllegalArgumentException.class, () -> ImageMoments.of(Nd4j.ones(DataType.FLOAT, 2, 1, 2, 2)));
        assertThrows(IllegalArgumentException.class, () -> ImageMoments.of(Nd4j.create(DataType.FLOAT, 0, 1, 2, 2)));
        assertThrows(IllegalArgumentException.class, () -> ImageMoments.of(
                Nd4j.create(new double[] {0, Double.NaN}, new long[] {1, 1, 1, 2}, DataType.DOUBLE)));
        assertThrows(IllegalArgumentException.class, () -> new ImageMoments(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ImageMoments(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new ImageMoments(Double.NaN, 1));
    }
}
