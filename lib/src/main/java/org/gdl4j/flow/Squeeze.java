package org.gdl4j.flow;

import java.util.Objects;
import org.gdl4j.nn.NetworkGraph;
import org.nd4j.autodiff.samediff.SDVariable;

/**
 * Squeeze (Dinh et al., ICLR 2017, §3.6): moves each 2×2 block of pixels into channels,
 * {@code (C, H, W) → (4C, H/2, W/2)}, with output channel {@code 4c + 2·di + dj} holding pixel
 * {@code (2i + di, 2j + dj)} of input channel {@code c}. A permutation of coordinates: log-determinant 0.
 *
 * @param shape the input shape {@code [C, H, W]} with even {@code H} and {@code W}
 */
public record Squeeze(ImageShape shape) implements Bijection {

    /** Checks that the image can be cut into 2×2 blocks. */
    public Squeeze {
        Objects.requireNonNull(shape, "shape");
        if (shape.height() % 2 != 0 || shape.width() % 2 != 0) {
            throw new IllegalArgumentException("squeeze expects even H and W but got " + shape);
        }
    }

    @Override
    public ImageShape inShape() {
        return shape;
    }

    @Override
    public ImageShape outShape() {
        return new ImageShape(4 * shape.channels(), shape.height() / 2, shape.width() / 2);
    }

    @Override
    public BoundBijection bind(NetworkGraph graph) {
        int c = shape.channels();
        int h = shape.height() / 2;
        int w = shape.width() / 2;
        return new BoundBijection() {
            @Override
            public FlowStep forward(SDVariable x) {
                shape.requireVariable(x, "squeeze input");
                SDVariable y = x.reshape(-1, c, h, 2, w, 2).permute(0, 1, 3, 5, 2, 4).reshape(-1, 4 * c, h, w);
                return new FlowStep(y, FlowOps.sumPerSample(x).mul(0.0));
            }

            @Override
            public FlowStep inverse(SDVariable y) {
                outShape().requireVariable(y, "squeeze inverse input");
                SDVariable x = y.reshape(-1, c, 2, 2, h, w).permute(0, 1, 4, 2, 5, 3).reshape(-1, c, 2 * h, 2 * w);
                return new FlowStep(x, FlowOps.sumPerSample(y).mul(0.0));
            }
        };
    }
}
