package org.gdl4j.planar;

import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;

/** Spatial padding of convolutions and pooling. */
public enum Padding {
    /** Output has the input's size (stride 1): {@code (k−1)/2} zeros on each side for odd {@code k}. */
    SAME,
    /** No padding: output size {@code H − k + 1}. */
    VALID;

    PaddingMode nd4j() {
        return switch (this) {
            case SAME -> PaddingMode.SAME;
            case VALID -> PaddingMode.VALID;
        };
    }
}
