package org.gdl4j.nn;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;

/**
 * How a planar feature map is laid out in memory: channels before the pixels or after them.
 *
 * <p>Both hold the same map; only the order of the axes differs. The library's planar maps are
 * {@link #CHANNELS_FIRST} at every interface (model inputs, outputs, layer reports); a {@link Sequential} may run
 * its layers {@link #CHANNELS_LAST}, which ND4J's oneDNN build of its natives convolves without converting
 * to and from its blocked layout (about a fifth less time per convolution forward). Feature vectors
 * {@code [N, C]} have one layout, reported as {@link #CHANNELS_FIRST}.
 */
public enum Layout {

    /** {@code [N, C, H, W]} (NCHW). */
    CHANNELS_FIRST(1, new int[] {2, 3}, Conv2DConfig.NCHW),

    /** {@code [N, H, W, C]} (NHWC). */
    CHANNELS_LAST(3, new int[] {1, 2}, Conv2DConfig.NHWC);

    private final int channelAxis;
    private final int[] spatialAxes;
    private final String convolutionFormat;

    Layout(int channelAxis, int[] spatialAxes, String convolutionFormat) {
        this.channelAxis = channelAxis;
        this.spatialAxes = spatialAxes;
        this.convolutionFormat = convolutionFormat;
    }

    /** @return the axis of the channels in a map: 1 or 3 */
    public int channelAxis() {
        return channelAxis;
    }

    /** @return the axes of height and width in a map: {@code {2, 3}} or {@code {1, 2}} */
    public int[] spatialAxes() {
        return spatialAxes.clone();
    }

    /** @return ND4J's name of this layout for convolutions and poolings, {@code "NCHW"} or {@code "NHWC"} */
    public String convolutionFormat() {
        return convolutionFormat;
    }

    /**
     * The shape of a map in this layout.
     *
     * @param n batch size
     * @param c channels
     * @param h height
     * @param w width
     * @return {@code [N, C, H, W]} or {@code [N, H, W, C]}
     */
    public long[] mapShape(long n, long c, long h, long w) {
        return this == CHANNELS_FIRST ? new long[] {n, c, h, w} : new long[] {n, h, w, c};
    }

    /**
     * A map in layout {@code from} rearranged into this layout (the same variable when they agree).
     *
     * @param map a rank-4 map
     * @param from its layout
     * @return the map in this layout
     */
    public SDVariable from(SDVariable map, Layout from) {
        if (from == this) {
            return map;
        }
        return this == CHANNELS_LAST ? map.permute(0, 2, 3, 1) : map.permute(0, 3, 1, 2);
    }
}
