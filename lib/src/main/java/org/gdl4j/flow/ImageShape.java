package org.gdl4j.flow;

import java.util.Arrays;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The shape {@code [C, H, W]} of one image that a {@link Bijection} acts on; a batch is {@code [N, C, H, W]}.
 *
 * @param channels {@code C ≥ 1}
 * @param height {@code H ≥ 1}
 * @param width {@code W ≥ 1}
 */
public record ImageShape(int channels, int height, int width) {

    /** Validates the sizes. */
    public ImageShape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("expected an image shape [C, H, W] of positive sizes but got ["
                    + channels + ", " + height + ", " + width + "]");
        }
    }

    /** @return {@code D = C·H·W}, the dimension of one image */
    public long dimension() {
        return (long) channels * height * width;
    }

    /** @return {@code H·W}, the number of pixels per channel */
    public long pixels() {
        return (long) height * width;
    }

    /** @return the batch shape {@code [N, C, H, W]} with {@code N} given */
    public long[] batchShape(long n) {
        return new long[] {n, channels, height, width};
    }

    /**
     * Checks a batch {@code [N, C, H, W]}.
     *
     * @param batch the batch
     * @param what what the batch is, for the message
     * @throws IllegalArgumentException if its shape is not {@code [N, C, H, W]}
     */
    public void requireBatch(INDArray batch, String what) {
        long[] shape = batch.shape().clone();
        if (shape.length != 4 || shape[1] != channels || shape[2] != height || shape[3] != width) {
            throw new IllegalArgumentException("expected " + what + " [N, " + channels + ", " + height + ", " + width
                    + "] but got " + Arrays.toString(shape));
        }
    }

    /**
     * Checks a graph variable whose shape is known when the graph is built (placeholders have {@code N = -1}).
     *
     * @param variable the variable
     * @param what what it is, for the message
     * @throws IllegalArgumentException if its known shape is not {@code [N, C, H, W]}
     */
    public void requireVariable(SDVariable variable, String what) {
        long[] shape = variable.getShape();
        if (shape == null) {
            return;
        }
        if (shape.length != 4 || shape[1] != channels || shape[2] != height || shape[3] != width) {
            throw new IllegalArgumentException("expected " + what + " [N, " + channels + ", " + height + ", " + width
                    + "] but got " + Arrays.toString(shape));
        }
    }

    @Override
    public String toString() {
        return channels + "x" + height + "x" + width;
    }
}
