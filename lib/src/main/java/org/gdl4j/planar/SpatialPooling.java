package org.gdl4j.planar;

import java.util.Objects;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.GeometricTensor;
import org.gdl4j.nn.Layout;
import org.gdl4j.nn.TypedLayer;
import org.gdl4j.nn.NetworkGraph;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Pooling2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;

/**
 * Spatial max or average pooling over {@code s×s} windows with stride {@code s}, channel by channel, so it keeps
 * the field type. It commutes with 90° rotations and reflections when the windows tile the image, i.e. when
 * {@code H} and {@code W} are multiples of {@code s}; otherwise the cropped border breaks exactness.
 *
 * <p>Shapes: input {@code [N, C, H, W]}, output {@code [N, C, ⌊H/s⌋, ⌊W/s⌋]}.
 * Channels-last input ({@link org.gdl4j.nn.Layout#CHANNELS_LAST}) gives channels-last output: the same
 * axes with the channel axis last.
 */
public final class SpatialPooling extends TypedLayer {

    private final PoolingKind kind;
    private final int size;

    /**
     * Creates the layer.
     *
     * @param type the field type of input and output
     * @param kind maximum or mean
     * @param size the window size and stride {@code s ≥ 1}
     */
    public SpatialPooling(FieldType type, PoolingKind kind, int size) {
        super(type, type);
        this.kind = Objects.requireNonNull(kind, "kind");
        if (size < 1) {
            throw new IllegalArgumentException("the pooling window must be at least 1 pixel but got " + size);
        }
        this.size = size;
    }

    @Override
    public GeometricTensor define(NetworkGraph graph, GeometricTensor input) {
        input.require(inType(), name());
        Pooling2DConfig config = Pooling2DConfig.builder().kH(size).kW(size).sH(size).sW(size)
                .paddingMode(Padding.VALID.nd4j()).isNHWC(input.layout() == Layout.CHANNELS_LAST)
                .type(kind == PoolingKind.MAX ? Pooling2D.Pooling2DType.MAX : Pooling2D.Pooling2DType.AVG)
                .build();
        var cnn = graph.sameDiff().cnn();
        var out = kind == PoolingKind.MAX ? cnn.maxPooling2d(input.value(), config) : cnn.avgPooling2d(input.value(), config);
        return input.sameLayout(out, inType());
    }

    @Override
    public String name() {
        return "pool";
    }

    @Override
    public String toString() {
        return "spatial " + kind.name().toLowerCase() + " pool " + size + "×" + size;
    }
}
