package org.gdl4j.flow;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Which coordinates a coupling layer keeps and conditions on ({@code x_a}, mask 1) and which it transforms
 * ({@code x_b}, mask 0) (Dinh et al., ICLR 2017, §3.4): a checkerboard of pixel parity {@code (i + j) mod 2}
 * at full resolution, or a split of the channels after a squeeze. Consecutive couplings alternate with
 * {@link #opposite()} so that every coordinate is transformed.
 */
public enum CouplingMask {
    /** Keeps pixels with even {@code i + j}, in every channel. */
    CHECKERBOARD_EVEN,
    /** Keeps pixels with odd {@code i + j}, in every channel. */
    CHECKERBOARD_ODD,
    /** Keeps the first {@code C/2} channels. */
    CHANNELS_FIRST_HALF,
    /** Keeps the last {@code C/2} channels. */
    CHANNELS_SECOND_HALF;

    /** @return the mask that keeps what this one transforms */
    public CouplingMask opposite() {
        return switch (this) {
            case CHECKERBOARD_EVEN -> CHECKERBOARD_ODD;
            case CHECKERBOARD_ODD -> CHECKERBOARD_EVEN;
            case CHANNELS_FIRST_HALF -> CHANNELS_SECOND_HALF;
            case CHANNELS_SECOND_HALF -> CHANNELS_FIRST_HALF;
        };
    }

    /**
     * Checks that the mask splits the image into two non-empty parts.
     *
     * @param shape the image shape
     * @throws IllegalArgumentException for a channel mask with odd {@code C} or a checkerboard of one pixel
     */
    public void requireSplittable(ImageShape shape) {
        boolean channels = this == CHANNELS_FIRST_HALF || this == CHANNELS_SECOND_HALF;
        if (channels && shape.channels() % 2 != 0) {
            throw new IllegalArgumentException("a channel-wise coupling expects an even channel count C but got "
                    + shape + " (squeeze first)");
        }
        if (!channels && shape.pixels() < 2) {
            throw new IllegalArgumentException("a checkerboard coupling expects at least 2 pixels but got " + shape);
        }
    }

    /**
     * The mask as an array: 1 on kept coordinates, 0 on transformed ones.
     *
     * @param shape the image shape {@code [C, H, W]}
     * @param type the data type
     * @return {@code [1, C, H, W]}
     */
    public INDArray pattern(ImageShape shape, DataType type) {
        requireSplittable(shape);
        double[] values = new double[Math.toIntExact(shape.dimension())];
        int k = 0;
        for (int c = 0; c < shape.channels(); c++) {
            for (int i = 0; i < shape.height(); i++) {
                for (int j = 0; j < shape.width(); j++) {
                    values[k++] = keeps(shape, c, i, j) ? 1 : 0;
                }
            }
        }
        return Nd4j.create(values, shape.batchShape(1), DataType.DOUBLE).castTo(type);
    }

    private boolean keeps(ImageShape shape, int c, int i, int j) {
        return switch (this) {
            case CHECKERBOARD_EVEN -> (i + j) % 2 == 0;
            case CHECKERBOARD_ODD -> (i + j) % 2 == 1;
            case CHANNELS_FIRST_HALF -> c < shape.channels() / 2;
            case CHANNELS_SECOND_HALF -> c >= shape.channels() / 2;
        };
    }
}
