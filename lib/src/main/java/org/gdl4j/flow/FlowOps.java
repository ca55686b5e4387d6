package org.gdl4j.flow;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;

/** Small graph helpers shared by the bijections. */
final class FlowOps {

    private FlowOps() {
    }

    /** {@code Σ_{c,i,j} v[n, c, i, j]}: {@code [N, C, H, W]} to {@code [N]}. */
    static SDVariable sumPerSample(SDVariable v) {
        return v.sum(1, 2, 3);
    }

    /** A scalar repeated for every sample of the batch {@code x}: returns {@code [N]}. */
    static SDVariable perSample(SDVariable x, SDVariable scalar) {
        return sumPerSample(x).mul(0.0).add(scalar);
    }

    /** A per-channel vector {@code [C]} as {@code [1, C, 1, 1]}, to broadcast over a batch. */
    static SDVariable perChannel(SDVariable vector, int channels) {
        return vector.reshape(1, channels, 1, 1);
    }

    /**
     * Stride-1 convolution with NCHW input and YXIO filters {@code [k, k, C_in, C_out]}: SameDiff 1.0.0-M2.1
     * builds the gradient of a convolution only in its default YXIO layout (see
     * {@code org.gdl4j.planar.FilterBank}).
     */
    static Conv2DConfig convolution(int k) {
        return Conv2DConfig.builder().kH(k).kW(k).sH(1).sW(1)
                .paddingMode(PaddingMode.SAME)
                .dataFormat(Conv2DConfig.NCHW)
                .weightsFormat(WeightsFormat.YXIO)
                .build();
    }
}
