package org.gdl4j.data;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Turns stored image arrays into float32 NCHW arrays with pixel values in [0, 1]. */
final class PixelArrays {

    private static final float UINT8_SCALE = 1f / 255f;

    private PixelArrays() {
    }

    /**
     * Converts channels-last images to NCHW float32, dividing {@link ElementType#UINT8} pixels by
     * 255 and keeping float pixels as they are.
     *
     * @param images {@code [N, H, W]} (one channel) or {@code [N, H, W, C]}
     * @param source names the file in messages
     * @return {@code [N, C, H, W]} with {@code C = 1} for rank-3 input
     */
    static INDArray channelsLastToNchw(NumericArray images, String source) {
        int[] shape = images.shape();
        if (shape.length != 3 && shape.length != 4) {
            throw new MalformedDataException(source + ": expected images [N, H, W] or [N, H, W, C] but the shape is "
                    + Arrays.toString(shape));
        }
        int channels = shape.length == 4 ? shape[3] : 1;
        float scale = scaleFor(images.type(), source);
        float[] pixels = transpose(images.type(), images.data(), shape[0], shape[1] * shape[2], channels, scale);
        return Nd4j.create(pixels, new long[] {shape[0], channels, shape[1], shape[2]}, DataType.FLOAT);
    }

    private static float scaleFor(ElementType type, String source) {
        return switch (type) {
            case UINT8 -> UINT8_SCALE;
            case FLOAT32, FLOAT64 -> 1f;
            case INT8, INT16, INT32, INT64 -> throw new MalformedDataException(source
                    + ": expected pixels of type UINT8 (scaled by 1/255) or FLOAT32/FLOAT64 (already in [0, 1]) but got "
                    + type);
        };
    }

    /** Element {@code (n, p, c)} of {@code [N, HW, C]} goes to {@code (n, c, p)} of {@code [N, C, HW]}. */
    private static float[] transpose(ElementType type, ByteBuffer data, int n, int hw, int channels, float scale) {
        float[] out = new float[n * channels * hw];
        int source = 0;
        for (int image = 0; image < n; image++) {
            int base = image * channels * hw;
            for (int pixel = 0; pixel < hw; pixel++) {
                for (int c = 0; c < channels; c++) {
                    out[base + c * hw + pixel] = (float) type.read(data, source++) * scale;
                }
            }
        }
        return out;
    }
}
