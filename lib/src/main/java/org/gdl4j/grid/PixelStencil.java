package org.gdl4j.grid;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A resampling of an {@code H×W} grid: every output pixel is a weighted sum of a few source pixels (taps).
 *
 * <p>A pixel permutation has one tap of weight 1 and copies values, so it is bit-exact. Bilinear
 * interpolation has four taps, summed in double. A source index equal to {@code H·W}
 * ({@link #outside(int, int)}) stands for a point outside the image and reads zero.
 */
final class PixelStencil {

    private final int height;
    private final int width;
    private final int[][] sources;
    private final double[][] weights;

    private PixelStencil(int height, int width, int[][] sources, double[][] weights) {
        this.height = height;
        this.width = width;
        this.sources = sources;
        this.weights = weights;
    }

    /** One tap per output pixel with weight 1: {@code out[p] = in[source[p]]}. */
    static PixelStencil permutation(int height, int width, int[] source) {
        return new PixelStencil(height, width, new int[][] {source}, null);
    }

    /** {@code out[p] = Σ_t weights[t][p] · in[sources[t][p]]}; index {@code H·W} reads zero. */
    static PixelStencil weighted(int height, int width, int[][] sources, double[][] weights) {
        return new PixelStencil(height, width, sources, weights);
    }

    /** The index that stands for every point outside the image. */
    static int outside(int height, int width) {
        return height * width;
    }

    /**
     * Resamples every channel of {@code images}.
     *
     * <p>Shapes: {@code images [N, C, H, W]}, result {@code [N, C, H, W]}, same data type, fresh array.
     */
    INDArray apply(INDArray images) {
        int pixels = height * width;
        double[] in = FlatArrays.toDoubles(images);
        double[] out = new double[in.length];
        for (int offset = 0; offset < in.length; offset += pixels) {
            if (weights == null) {
                permute(in, out, offset);
            } else {
                interpolate(in, out, offset);
            }
        }
        return FlatArrays.fromDoubles(out, images.shape(), images.dataType());
    }

    private void permute(double[] in, double[] out, int offset) {
        int[] source = sources[0];
        for (int p = 0; p < source.length; p++) {
            out[offset + p] = in[offset + source[p]];
        }
    }

    private void interpolate(double[] in, double[] out, int offset) {
        int outsideIndex = outside(height, width);
        for (int t = 0; t < sources.length; t++) {
            int[] source = sources[t];
            double[] weight = weights[t];
            for (int p = 0; p < source.length; p++) {
                if (source[p] != outsideIndex) {
                    out[offset + p] += weight[p] * in[offset + source[p]];
                }
            }
        }
    }
}
