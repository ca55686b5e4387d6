package org.gdl4j.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class ImageGridTest {

    private static final int WHITE = 0xFFFFFF;
    private static final int BLACK = 0x000000;
    private static final int BACKGROUND = ImageGrid.BACKGROUND.getRGB() & 0xFFFFFF;

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    @Test
    void oneHotPixelLandsInItsUpscaledBlockInTheRightTile() {
        try (INDArray images = Nd4j.zeros(DataType.FLOAT, 2, 1, 3, 3)) {
            images.putScalar(new long[] {1, 0, 2, 0}, 1.0);
            BufferedImage grid = ImageGrid.columns(2).scale(2).padding(1).render(images);
            assertEquals(2 * 6 + 3, grid.getWidth());
            assertEquals(6 + 2, grid.getHeight());
            // tile 1 starts at x = 1 + 6 + 1 = 8, y = 1; row 2, column 0 covers x 8..9, y 5..6
            assertEquals(WHITE, rgb(grid, 8, 5));
            assertEquals(WHITE, rgb(grid, 9, 6));
            assertEquals(BLACK, rgb(grid, 10, 5));
            assertEquals(BLACK, rgb(grid, 8, 4));
            assertEquals(BLACK, rgb(grid, 1, 5));
        }
    }

    @Test
    void paddingAroundAndBetweenTilesHasTheBackgroundColour() {
        try (INDArray images = Nd4j.ones(DataType.FLOAT, 2, 1, 2, 2)) {
            BufferedImage grid = ImageGrid.columns(2).padding(2).render(images);
            assertEquals(BACKGROUND, rgb(grid, 0, 0));
            assertEquals(BACKGROUND, rgb(grid, 4, 2));
            assertEquals(BACKGROUND, rgb(grid, 5, 3));
            assertEquals(WHITE, rgb(grid, 2, 2));
            assertEquals(WHITE, rgb(grid, 6, 2));
        }
    }

    @Test
    void grayscaleValuesMapToGrayLevelsAndAreClipped() {
        try (INDArray images = Nd4j.createFromArray(new double[][][] {{{1.0, 0.0, 0.5, 1.7, -0.3}}})) {
            BufferedImage grid = ImageGrid.columns(1).padding(0).render(images);
            assertEquals(WHITE, rgb(grid, 0, 0));
            assertEquals(BLACK, rgb(grid, 1, 0));
            assertEquals(0x808080, rgb(grid, 2, 0));
            assertEquals(WHITE, rgb(grid, 3, 0));
            assertEquals(BLACK, rgb(grid, 4, 0));
        }
    }

    @Test
    void threeChannelsAreDrawnAsRgb() {
        try (INDArray images = Nd4j.zeros(DataType.DOUBLE, 1, 3, 1, 2)) {
            images.putScalar(new long[] {0, 0, 0, 0}, 1.0);
            images.putScalar(new long[] {0, 2, 0, 1}, 1.0);
            BufferedImage grid = ImageGrid.columns(1).padding(0).render(images);
            assertEquals(0xFF0000, rgb(grid, 0, 0));
            assertEquals(0x0000FF, rgb(grid, 1, 0));
        }
    }

    @Test
    void aViewIntoALargerArrayIsReadAtItsOffset() {
        try (INDArray images = Nd4j.zeros(DataType.FLOAT, 3, 1, 2, 2)) {
            images.putScalar(new long[] {1, 0, 1, 1}, 1.0);
            INDArray second = images.get(NDArrayIndex.interval(1, 2), NDArrayIndex.all(),
                    NDArrayIndex.all(), NDArrayIndex.all());
            BufferedImage grid = ImageGrid.columns(1).padding(0).render(second);
            assertEquals(WHITE, rgb(grid, 1, 1));
            assertEquals(BLACK, rgb(grid, 0, 0));
        }
    }

    @Test
    void extraImagesWrapOntoNewRowsAndFewImagesNarrowTheGrid() {
        try (INDArray five = Nd4j.zeros(DataType.FLOAT, 5, 4, 4);
             INDArray two = Nd4j.zeros(DataType.FLOAT, 2, 4, 4)) {
            BufferedImage tall = ImageGrid.columns(2).padding(1).render(five);
            assertEquals(2 * 4 + 3, tall.getWidth());
            assertEquals(3 * 4 + 4, tall.getHeight());
            BufferedImage narrow = ImageGrid.columns(8).padding(1).render(two);
            assertEquals(2 * 4 + 3, narrow.getWidth());
        }
    }

    @Test
    void divergingMapsNegativeToBlueZeroToWhiteAndPositiveToRed() {
        try (INDArray heat = Nd4j.createFromArray(new double[][][][] {{{{-2.0, 0.0, 2.0, 1.0}}}})) {
            BufferedImage grid = ImageGrid.columns(1).padding(0).diverging().render(heat);
            assertEquals(TileColours.BLUE, rgb(grid, 0, 0));
            assertEquals(WHITE, rgb(grid, 1, 0));
            assertEquals(TileColours.RED, rgb(grid, 2, 0));
            int half = rgb(grid, 3, 0);
            assertTrue((half >> 16 & 0xFF) > (half & 0xFF), Integer.toHexString(half));
        }
    }

    @Test
    void divergingWithAGivenAmplitudeClipsBeyondIt() {
        try (INDArray heat = Nd4j.createFromArray(new double[][][] {{{-0.5, 9.0}}})) {
            BufferedImage grid = ImageGrid.columns(1).padding(0).diverging(0.5).render(heat);
            assertEquals(TileColours.BLUE, rgb(grid, 0, 0));
            assertEquals(TileColours.RED, rgb(grid, 1, 0));
        }
    }

    @Test
    void captionsAddABandWithDarkTextUnderEachTile() {
        try (INDArray images = Nd4j.ones(DataType.FLOAT, 2, 1, 10, 30)) {
            BufferedImage plain = ImageGrid.columns(2).scale(2).render(images);
            BufferedImage captioned =
                    ImageGrid.columns(2).scale(2).captions(List.of("shirt", "boot")).render(images);
            assertEquals(plain.getWidth(), captioned.getWidth());
            int band = captioned.getHeight() - plain.getHeight();
            assertTrue(band > 5, "caption band of " + band + " px");
            assertTrue(hasDarkPixel(captioned, 1, 21, 60, band), "no caption text under the first tile");
        }
    }

    private static boolean hasDarkPixel(BufferedImage image, int x0, int y0, int width, int height) {
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                if ((rgb(image, x, y) >> 8 & 0xFF) < 0x80) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void wrongShapesAreRejectedNamingExpectedAndActualShape() {
        try (INDArray fourChannels = Nd4j.zeros(DataType.FLOAT, 2, 4, 5, 5);
             INDArray flat = Nd4j.zeros(DataType.FLOAT, 5, 5)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ImageGrid.columns(2).render(fourChannels));
            assertTrue(e.getMessage().contains("[N, C, H, W]") && e.getMessage().contains("[2, 4, 5, 5]"),
                    e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> ImageGrid.columns(2).render(flat));
        }
    }

    @Test
    void divergingRejectsRgbImages() {
        try (INDArray rgb = Nd4j.zeros(DataType.FLOAT, 1, 3, 2, 2)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ImageGrid.columns(1).diverging().render(rgb));
            assertTrue(e.getMessage().contains("[1, 3, 2, 2]"), e.getMessage());
        }
    }

    @Test
    void captionCountMustMatchTheNumberOfImages() {
        try (INDArray images = Nd4j.zeros(DataType.FLOAT, 3, 2, 2)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ImageGrid.columns(3).captions(List.of("a", "b")).render(images));
            assertTrue(e.getMessage().contains("N = 3"), e.getMessage());
        }
    }

    @Test
    void nonPositiveSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.columns(0));
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.columns(1).scale(0));
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.columns(1).padding(-1));
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.columns(1).diverging(0));
    }
}
