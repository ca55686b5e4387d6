package org.gdl4j.notebook;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A batch of images copied out of an ND4J array into plain doubles, in NCHW order.
 *
 * @param n        number of images
 * @param channels 1 (grayscale or signed heat map) or 3 (RGB)
 * @param height   rows per image, row 0 on top
 * @param width    columns per image
 * @param values   all values, {@code [n, channels, height, width]} in row-major order
 */
record ImageBatch(int n, int channels, int height, int width, double[] values) {

    /**
     * Reads {@code [N, C, H, W]} with {@code C} 1 or 3, or {@code [N, H, W]} as one channel.
     *
     * @throws IllegalArgumentException naming the expected and the actual shape
     */
    static ImageBatch of(INDArray images) {
        Objects.requireNonNull(images, "images");
        long[] shape = images.shape();
        boolean nchw = shape.length == 4 && (shape[1] == 1 || shape[1] == 3);
        if (!nchw && shape.length != 3) {
            throw new IllegalArgumentException("expected images [N, C, H, W] with C = 1 or 3, or [N, H, W], "
                    + "but got " + Arrays.toString(shape));
        }
        long n = shape[0];
        long c = nchw ? shape[1] : 1;
        long h = shape[shape.length - 2];
        long w = shape[shape.length - 1];
        if (n < 1 || h < 1 || w < 1) {
            throw new IllegalArgumentException("expected at least one image of at least 1 x 1 pixels but got "
                    + Arrays.toString(shape));
        }
        if (n * c * h * w > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("images " + Arrays.toString(shape) + " are too large to draw");
        }
        return new ImageBatch((int) n, (int) c, (int) h, (int) w, copy(images));
    }

    /** The value at image {@code i}, channel {@code c}, row {@code y}, column {@code x}. */
    double at(int i, int c, int y, int x) {
        return values[((i * channels + c) * height + y) * width + x];
    }

    /** The shape as ND4J would print it, for error messages. */
    String shapeText() {
        return "[" + n + ", " + channels + ", " + height + ", " + width + "]";
    }

    private static double[] copy(INDArray images) {
        try (INDArray contiguous = images.dup('c')) {
            return contiguous.data().asDouble();
        }
    }
}
