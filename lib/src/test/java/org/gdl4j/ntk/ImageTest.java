package org.gdl4j.ntk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ImageTest {

    @Test
    void quarterTurnMovesThePixelRightOfCentreAboveIt() {
        double[][] pixels = new double[3][3];
        pixels[1][2] = 1;
        PlanarImage turned = PlanarImage.grayscale(pixels).rotate90(1);
        assertEquals(1, turned.get(0, 0, 1));
        assertEquals(1, turned.values()[1]);
        assertEquals(1, PlanarImage.grayscale(pixels).rotate90(-3).get(0, 0, 1));
    }

    @Test
    void fourQuarterTurnsAreTheIdentityAndNonSquareImagesSwapTheirSides() {
        PlanarImage x = NtkFixtures.fromFunction(4, 2, (i, j, c) -> 10 * i + j + 100 * c);
        assertArrayEquals(x.values(), x.rotate90(1).rotate90(3).values(), 0);
        PlanarImage wide = new PlanarImage(1, 2, 3, new double[] {1, 2, 3, 4, 5, 6});
        PlanarImage turned = wide.rotate90(1);
        assertEquals(3, turned.height());
        assertArrayEquals(new double[] {3, 6, 2, 5, 1, 4}, turned.values(), 0);
    }

    @Test
    void nchwArrayIsConvertedImageByImage() {
        INDArray array = Nd4j.arange(2 * 2 * 3 * 3).reshape(2, 2, 3, 3).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
        ImageSet set = ImageSet.fromNchw(array);
        assertEquals(2, set.size());
        assertEquals(2, set.get(1).channels());
        assertEquals(18 + 3 * 3 + 2 * 3 + 1, set.get(1).get(1, 2, 1), 0);
        PredictorTest.assertMessage(() -> ImageSet.fromNchw(Nd4j.zeros(2, 3)), "[N, C, H, W]");
    }

    @Test
    void flatRowsBecomeOneChannelImagesAndMixedShapesAreRejected() {
        ImageSet set = ImageSet.grayscale(new double[][] {{1, 2, 3, 4}, {5, 6, 7, 8}}, 2, 2);
        assertEquals(7, set.get(1).get(0, 1, 0), 0);
        PredictorTest.assertMessage(() -> new ImageSet(java.util.List.of(set.get(0),
                new PlanarImage(1, 1, 4, new double[4]))), "[1, 1, 4]");
        PredictorTest.assertMessage(() -> ImageSet.grayscale(new double[][] {{1, 2, 3}}, 2, 2), "but got 3");
    }
}
