package org.gdl4j.data;

import static org.gdl4j.data.NpyTestFiles.npy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

class MedMnistTest {

    private static final int H = 3;
    private static final int W = 4;

    @TempDir
    Path dir;

    /** The byte at image n, row r, column c, channel ch of the generated files: distinct per position. */
    private static int pixel(int n, int r, int c, int ch) {
        return (n * 67 + r * 23 + c * 5 + ch * 101) % 256;
    }

    /** Images [n, H, W] (channels = 0) or [n, H, W, channels], uint8, channels last as MedMNIST stores them. */
    private static byte[] images(int n, int channels) {
        int depth = Math.max(channels, 1);
        double[] values = new double[n * H * W * depth];
        int i = 0;
        for (int image = 0; image < n; image++) {
            for (int r = 0; r < H; r++) {
                for (int c = 0; c < W; c++) {
                    for (int ch = 0; ch < depth; ch++) {
                        values[i++] = pixel(image, r, c, ch);
                    }
                }
            }
        }
        int[] shape = channels == 0 ? new int[] {n, H, W} : new int[] {n, H, W, channels};
        return npy("|u1", shape, values);
    }

    private static byte[] labels(int... labels) {
        double[] values = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            values[i] = labels[i];
        }
        return npy("|u1", new int[] {labels.length, 1}, values);
    }

    private Path medMnist(int channels) {
        Map<String, byte[]> arrays = new LinkedHashMap<>();
        arrays.put("train_images", images(4, channels));
        arrays.put("val_images", images(2, channels));
        arrays.put("test_images", images(3, channels));
        arrays.put("train_labels", labels(0, 1, 2, 1));
        arrays.put("val_labels", labels(1, 0));
        arrays.put("test_labels", labels(4, 0, 2));
        return NpyTestFiles.npz(dir.resolve("sample.npz"), arrays, true);
    }

    private static void assertPixelsMatch(INDArray images, int n, int channels) {
        for (int image = 0; image < n; image++) {
            for (int ch = 0; ch < channels; ch++) {
                for (int r = 0; r < H; r++) {
                    for (int c = 0; c < W; c++) {
                        double expected = pixel(image, r, c, ch) / 255.0;
                        assertEquals(expected, images.getDouble(image, ch, r, c), 1e-6,
                                "pixel (" + image + ", " + ch + ", " + r + ", " + c + ")");
                    }
                }
            }
        }
    }

    @Test
    void grayscaleImagesBecomeOneChannelNchwPixelByPixel() {
        LabeledImages train = MedMnist.load(medMnist(0), Split.TRAIN);

        assertArrayEquals(new long[] {4, 1, H, W}, train.images().shape());
        assertPixelsMatch(train.images(), 4, 1);
        assertArrayEquals(new int[] {0, 1, 2, 1}, train.labels());
    }

    @Test
    void rgbImagesAreTransposedFromChannelsLastToNchwPixelByPixel() {
        LabeledImages test = MedMnist.load(medMnist(3), Split.TEST);

        assertArrayEquals(new long[] {3, 3, H, W}, test.images().shape());
        assertPixelsMatch(test.images(), 3, 3);
    }

    @Test
    void validationSplitReadsTheValArrays() {
        LabeledImages val = MedMnist.load(medMnist(3), Split.VALIDATION);

        assertEquals(2, val.size());
        assertArrayEquals(new int[] {1, 0}, val.labels());
    }

    @Test
    void classNamesDefaultToIndicesUpToTheLargestLabelOfAnySplit() {
        LabeledImages train = MedMnist.load(medMnist(0), Split.TRAIN);

        assertEquals(List.of("0", "1", "2", "3", "4"), train.classNames());
    }

    @Test
    void givenClassNamesAreKept() {
        List<String> names = List.of("a", "b", "c", "d", "e");

        assertEquals(names, MedMnist.load(medMnist(0), Split.TEST, names).classNames());
    }

    @Test
    void multiLabelFilesAreRejected() {
        Map<String, byte[]> arrays = new LinkedHashMap<>();
        arrays.put("train_images", images(2, 0));
        arrays.put("train_labels", npy("|u1", new int[] {2, 14}, new double[28]));
        Path npz = NpyTestFiles.npz(dir.resolve("chest.npz"), arrays, false);

        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> MedMnist.load(npz, Split.TRAIN, List.of("x")));

        assertTrue(e.getMessage().contains("[2, 14]"), e.getMessage());
        assertTrue(e.getMessage().contains("multi-label"), e.getMessage());
    }

    @Test
    void volumesAreRejected() {
        Map<String, byte[]> arrays = new LinkedHashMap<>();
        arrays.put("train_images", npy("|u1", new int[] {1, 5, H, W}, new double[5 * H * W]));
        arrays.put("train_labels", labels(0));
        Path npz = NpyTestFiles.npz(dir.resolve("organ3d.npz"), arrays, false);

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> MedMnist.load(npz, Split.TRAIN));

        assertTrue(e.getMessage().contains("3D MedMNIST volumes"), e.getMessage());
    }

    @Test
    void imageAndLabelCountMismatchNamesBothCounts() {
        Map<String, byte[]> arrays = new LinkedHashMap<>();
        arrays.put("test_images", images(3, 0));
        arrays.put("test_labels", labels(0, 1));
        Path npz = NpyTestFiles.npz(dir.resolve("short.npz"), arrays, false);

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> MedMnist.load(npz, Split.TEST));

        assertTrue(e.getMessage().contains("3 test_images but 2 test_labels"), e.getMessage());
    }
}
