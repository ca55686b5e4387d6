package org.gdl4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdl4j.Tabular;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LabeledImagesTest {

    private static final List<String> NAMES = List.of("cat", "dog", "bird");

    /** Images [n, 2, 3, 4] whose every pixel of image i equals i / 10. */
    private static INDArray images(int n) {
        INDArray images = Nd4j.zeros(DataType.FLOAT, n, 2, 3, 4);
        for (int i = 0; i < n; i++) {
            images.slice(i).assign(i / 10.0);
        }
        return images;
    }

    @Test
    void reportsItsDimensions() {
        LabeledImages data = new LabeledImages(images(4), new int[] {0, 1, 2, 1}, NAMES);

        assertEquals(4, data.size());
        assertEquals(2, data.channels());
        assertEquals(3, data.height());
        assertEquals(4, data.width());
        assertEquals(3, data.numClasses());
        assertEquals("LabeledImages[N=4, C=2, H=3, W=4, classes=3]", data.toString());
    }

    @Test
    void labelCountMismatchNamesBothCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LabeledImages(images(4), new int[] {0, 1, 2}, NAMES));

        assertTrue(e.getMessage().contains("4 images but 3 labels"), e.getMessage());
    }

    @Test
    void labelOutsideTheClassRangeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LabeledImages(images(3), new int[] {0, 3, 1}, NAMES));

        assertTrue(e.getMessage().contains("label 3 of image 1 is outside [0, 3)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LabeledImages(images(1), new int[] {-1}, NAMES));
    }

    @Test
    void pixelsOutsideTheUnitIntervalAreRejected() {
        INDArray images = images(2).muli(20);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LabeledImages(images, new int[] {0, 1}, NAMES));

        assertTrue(e.getMessage().contains("expected pixel values in [0, 1]"), e.getMessage());
    }

    @Test
    void imagesMustBeFloatNchw() {
        INDArray rank3 = Nd4j.zeros(DataType.FLOAT, 2, 3, 4);
        INDArray doubles = Nd4j.zeros(DataType.DOUBLE, 2, 1, 3, 4);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LabeledImages(rank3, new int[] {0, 1}, NAMES));
        assertTrue(e.getMessage().contains("expected images [N, C, H, W] of FLOAT"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LabeledImages(doubles, new int[] {0, 1}, NAMES));
    }

    @Test
    void oneHotLabelsHaveASingleOneAtTheLabel() {
        LabeledImages data = new LabeledImages(images(3), new int[] {2, 0, 1}, NAMES);

        INDArray oneHot = data.oneHotLabels();

        assertArrayEquals(new long[] {3, 3}, oneHot.shape());
        assertEquals(DataType.FLOAT, oneHot.dataType());
        assertEquals(1.0, oneHot.getDouble(0, 2));
        assertEquals(1.0, oneHot.getDouble(1, 0));
        assertEquals(3.0, oneHot.sumNumber().doubleValue());
    }

    @Test
    void selectKeepsEachImageWithItsLabel() {
        LabeledImages data = new LabeledImages(images(5), new int[] {0, 1, 2, 0, 1}, NAMES);

        LabeledImages picked = data.select(4, 2, 2);

        assertArrayEquals(new int[] {1, 2, 2}, picked.labels());
        assertArrayEquals(new long[] {3, 2, 3, 4}, picked.images().shape());
        assertEquals(0.4, picked.images().getDouble(0, 1, 2, 3), 1e-6);
        assertEquals(0.2, picked.images().getDouble(2, 0, 0, 0), 1e-6);
        assertEquals(NAMES, picked.classNames());
    }

    @Test
    void selectRejectsIndicesOutOfRangeAndEmptySelections() {
        LabeledImages data = new LabeledImages(images(2), new int[] {0, 1}, NAMES);

        assertThrows(IndexOutOfBoundsException.class, () -> data.select(2));
        assertThrows(IllegalArgumentException.class, data::select);
    }

    @Test
    void headTakesTheFirstImagesAndClampsToTheSize() {
        LabeledImages data = new LabeledImages(images(3), new int[] {2, 1, 0}, NAMES);

        assertArrayEquals(new int[] {2, 1}, data.head(2).labels());
        assertEquals(3, data.head(10).size());
        assertThrows(IllegalArgumentException.class, () -> data.head(0));
    }

    @Test
    void classCountsIsATableOfIndexNameAndCount() {
        LabeledImages data = new LabeledImages(images(4), new int[] {0, 2, 2, 0}, NAMES);

        Tabular counts = data.classCounts();

        assertEquals(List.of("class", "name", "count"), counts.columnNames());
        assertEquals(List.of(List.of(0, "cat", 2), List.of(1, "dog", 0), List.of(2, "bird", 2)), counts.rows());
        assertEquals(4, data.classCounts().total());
        assertEquals("ClassCounts[cat=2, dog=0, bird=2]", counts.toString());
    }

    @Test
    void labelsCannotBeChangedFromOutside() {
        int[] labels = {0, 1};
        LabeledImages data = new LabeledImages(images(2), labels, NAMES);
        labels[0] = 2;
        data.labels()[1] = 2;

        assertArrayEquals(new int[] {0, 1}, data.labels());
    }

    @Test
    void indexClassNamesCountFromZero() {
        assertEquals(List.of("0", "1", "2"), LabeledImages.indexClassNames(3));
        assertThrows(IllegalArgumentException.class, () -> LabeledImages.indexClassNames(0));
    }

    @Test
    void downsamplingAveragesBlocksOfPixels() {
        float[] pixels = new float[16];
        for (int i = 0; i < 16; i++) {
            pixels[i] = i / 16f;
        }
        INDArray image = Nd4j.create(pixels, new long[] {1, 1, 4, 4}, 'c');
        LabeledImages small = new LabeledImages(image, new int[] {0}, List.of("only")).downsample(2);
        assertArrayEquals(new long[] {1, 1, 2, 2}, small.images().shape());
        assertEquals((0 + 1 + 4 + 5) / 64f, small.images().getFloat(0, 0, 0, 0), 1e-7);
        assertEquals((10 + 11 + 14 + 15) / 64f, small.images().getFloat(0, 0, 1, 1), 1e-7);
    }

    @Test
    void downsamplingByAFactorThatDoesNotDivideIsRejected() {
        INDArray image = Nd4j.zeros(DataType.FLOAT, 1, 1, 4, 4);
        var error = assertThrows(IllegalArgumentException.class,
                () -> new LabeledImages(image, new int[] {0}, List.of("only")).downsample(3));
        assertTrue(error.getMessage().contains("4×4"), error.getMessage());
    }

    @Test
    void croppingRemovesTheBorderOnEverySide() {
        INDArray image = Nd4j.rand(DataType.FLOAT, 2, 1, 6, 6);
        LabeledImages cropped = new LabeledImages(image, new int[] {0, 1}, List.of("a", "b")).crop(1);
        assertArrayEquals(new long[] {2, 1, 4, 4}, cropped.images().shape());
        assertEquals(image.getFloat(1, 0, 1, 1), cropped.images().getFloat(1, 0, 0, 0));
        assertEquals(image.getFloat(1, 0, 4, 4), cropped.images().getFloat(1, 0, 3, 3));
        assertThrows(IllegalArgumentException.class,
                () -> new LabeledImages(image, new int[] {0, 1}, List.of("a", "b")).crop(3));
    }
}
