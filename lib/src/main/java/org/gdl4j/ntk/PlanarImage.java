package org.gdl4j.ntk;

import java.util.Objects;

/**
 * One image of {@code C} channels on an {@code H×W} pixel grid, in double precision.
 *
 * <p>Shapes: {@code values [C, H, W]} row-major (CHW), pixel {@code (c, i, j)} at {@code (c·H + i)·W + j},
 * row 0 on top. The array is shared, not copied; treat it as read-only.
 *
 * @param channels {@code C ≥ 1}
 * @param height   {@code H ≥ 1}
 * @param width    {@code W ≥ 1}
 * @param values   {@code [C, H, W]}
 */
public record PlanarImage(int channels, int height, int width, double[] values) {

    /**
     * Validates sizes.
     *
     * @param channels {@code C ≥ 1}
     * @param height   {@code H ≥ 1}
     * @param width    {@code W ≥ 1}
     * @param values   {@code [C, H, W]}
     * @throws IllegalArgumentException if a size is below 1 or {@code values.length != C·H·W}
     */
    public PlanarImage {
        Objects.requireNonNull(values, "values");
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("expected an image of at least [1, 1, 1] but got ["
                    + channels + ", " + height + ", " + width + "]");
        }
        if (values.length != channels * height * width) {
            throw new IllegalArgumentException("expected " + channels * height * width + " values for ["
                    + channels + ", " + height + ", " + width + "] but got " + values.length);
        }
    }

    /**
     * A one-channel image from rows of pixels.
     *
     * <p>Shapes: {@code pixels [H][W]}, result {@code [1, H, W]}.
     *
     * @param pixels rows of equal length, row 0 on top
     * @return a copy as an image
     * @throws IllegalArgumentException if the rows are ragged or empty
     */
    public static PlanarImage grayscale(double[][] pixels) {
        int height = pixels.length;
        int width = height == 0 ? 0 : pixels[0].length;
        double[] values = new double[height * width];
        for (int i = 0; i < height; i++) {
            if (pixels[i].length != width) {
                throw new IllegalArgumentException("expected rows of " + width + " pixels but row " + i
                        + " has " + pixels[i].length);
            }
            System.arraycopy(pixels[i], 0, values, i * width, width);
        }
        return new PlanarImage(1, height, width, values);
    }

    /**
     * The value of one pixel.
     *
     * @param c channel
     * @param i row, 0 on top
     * @param j column
     * @return {@code x_c(i, j)}
     */
    public double get(int c, int i, int j) {
        return values[(c * height + i) * width + j];
    }

    /**
     * The image turned by {@code quarterTurns · 90°} counter-clockwise as displayed:
     * {@code new[i][j] = old[j][W−1−i]} per quarter turn, so the pixel right of the centre moves above it.
     *
     * <p>Shapes: {@code [C, H, W]} to {@code [C, W, H]} per quarter turn (square images keep their shape).
     *
     * @param quarterTurns any integer; taken modulo 4
     * @return a fresh rotated image
     */
    public PlanarImage rotate90(int quarterTurns) {
        PlanarImage image = this;
        for (int r = 0; r < Math.floorMod(quarterTurns, 4); r++) {
            image = image.rotateOnce();
        }
        return image;
    }

    private PlanarImage rotateOnce() {
        int newHeight = width;
        int newWidth = height;
        double[] out = new double[values.length];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < newHeight; i++) {
                for (int j = 0; j < newWidth; j++) {
                    out[(c * newHeight + i) * newWidth + j] = get(c, j, width - 1 - i);
                }
            }
        }
        return new PlanarImage(channels, newHeight, newWidth, out);
    }

    /**
     * Whether another image has the same channels, height and width.
     *
     * @param other the other image
     * @return true if the shapes agree
     */
    public boolean sameShape(PlanarImage other) {
        return channels == other.channels && height == other.height && width == other.width;
    }

    /**
     * The shape, for messages.
     *
     * @return for example {@code "[1, 7, 7]"}
     */
    public String shape() {
        return "[" + channels + ", " + height + ", " + width + "]";
    }

    /**
     * A short description without the values.
     *
     * @return the shape
     */
    @Override
    public String toString() {
        return "PlanarImage" + shape();
    }
}
