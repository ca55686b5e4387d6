package org.gdl4j.nn;


/**
 * The mean over all spatial positions. Rotations and reflections of the pixel grid only move pixels, so the
 * mean is invariant to them (exactly for 90° rotations and flips of square images).
 *
 * <p>Shapes: input {@code [N, C, H, W]} (or {@code [N, H, W, C]}, {@link Layout#CHANNELS_LAST}), output
 * {@code [N, C]}, of the same field type.
 */
public final class GlobalAveragePool extends TypedLayer {

    /**
     * Creates the layer.
     *
     * @param type the field type of input and output
     */
    public GlobalAveragePool(FieldType type) {
        super(type, type);
    }

    @Override
    public GeometricTensor define(NetworkGraph graph, GeometricTensor input) {
        input.require(inType(), name());
        return new GeometricTensor(input.value().mean(input.layout().spatialAxes()), outType());
    }

    @Override
    public String name() {
        return "globalavgpool";
    }

    @Override
    public String toString() {
        return "global average pool(" + inType() + ")";
    }
}
