package org.gdl4j.data;

import static org.gdl4j.data.IdxTestFiles.gzip;
import static org.gdl4j.data.IdxTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class IdxImagesTest {

    @TempDir
    Path dir;

    /** Writes an MNIST-style test split of {@code n} 4 × 3 images, gzipped or under the plain names. */
    static void writeSplit(Path folder, String prefix, int n, boolean gzipped) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 10;
        }
        byte[] images = IdxTestFiles.images(n, 4, 3);
        byte[] labelBytes = IdxTestFiles.labels(labels);
        String suffix = gzipped ? ".gz" : "";
        write(folder.resolve(prefix + "-images-idx3-ubyte" + suffix), gzipped ? gzip(images) : images);
        write(folder.resolve(prefix + "-labels-idx1-ubyte" + suffix), gzipped ? gzip(labelBytes) : labelBytes);
    }

    @Test
    void pixelsAreScaledToTheUnitIntervalInNchw() {
        writeSplit(dir, "t10k", 12, true);

        LabeledImages data = Mnist.load(Split.TEST, dir);

        INDArray images = data.images();
        assertArrayEquals(new long[] {12, 1, 4, 3}, images.shape());
        assertEquals(DataType.FLOAT, images.dataType());
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(IdxTestFiles.pixel(11, r, c) / 255.0, images.getDouble(11, 0, r, c), 1e-6);
            }
        }
        assertEquals(1, data.label(11));
        assertEquals(Mnist.CLASS_NAMES, data.classNames());
    }

    @Test
    void uncompressedFileNamesAreAccepted() {
        writeSplit(dir, "train", 5, false);

        MnistFiles files = MnistFiles.locate(dir, Split.TRAIN);

        assertEquals(dir.resolve("train-images-idx3-ubyte"), files.images());
        assertEquals(5, Mnist.load(Split.TRAIN, dir).size());
    }

    @Test
    void loadFirstDecodesOnlyTheRequestedImages() {
        writeSplit(dir, "train", 30, true);

        LabeledImages first = Mnist.loadFirst(Split.TRAIN, 7, dir);

        assertEquals(7, first.size());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, first.labels());
        assertEquals(IdxTestFiles.pixel(6, 3, 2) / 255.0, first.images().getDouble(6, 0, 3, 2), 1e-6);
    }

    @Test
    void imageAndLabelCountMismatchNamesBothCountsAndFiles() {
        Path images = write(dir.resolve("images"), IdxTestFiles.images(3, 2, 2));
        Path labels = write(dir.resolve("labels"), IdxTestFiles.labels(0, 1));

        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> IdxImages.load(images, labels, Mnist.CLASS_NAMES));

        assertTrue(e.getMessage().contains("3 images in " + images), e.getMessage());
        assertTrue(e.getMessage().contains("2 labels in " + labels), e.getMessage());
    }

    @Test
    void imageFileMustHaveThreeAxes() {
        Path images = write(dir.resolve("images"), IdxTestFiles.labels(0, 1));
        Path labels = write(dir.resolve("labels"), IdxTestFiles.labels(0, 1));

        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> IdxImages.load(images, labels, Mnist.CLASS_NAMES));

        assertTrue(e.getMessage().contains("expected images [N, H, W]"), e.getMessage());
    }

    @Test
    void validationSplitIsRejectedForMnistStyleData() {
        writeSplit(dir, "train", 2, true);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mnist.load(Split.VALIDATION, dir));

        assertTrue(e.getMessage().contains("TRAIN and TEST splits only"), e.getMessage());
    }

    @Test
    void missingLabelFileNamesTheExpectedFiles() {
        write(dir.resolve("t10k-images-idx3-ubyte.gz"), gzip(IdxTestFiles.images(1, 2, 2)));

        MissingDataException e = assertThrows(MissingDataException.class, () -> MnistFiles.locate(dir, Split.TEST));

        assertTrue(e.getMessage().contains("t10k-labels-idx1-ubyte.gz"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }
}
