package org.gdl4j.nn;

import java.util.Objects;

/**
 * The mean over all spatial positions. Rotations and reflections of the pixel grid only move pixels, so the
 * mean is invariant to them (exactly for 90° rotations and flips of square images).
 *
 * <p>Shapes: input {@code [N, C, H, W]}, output {@code [N, C]}, of the same field type.
 */
public final class GlobalAveragePool implements Layer {

    private final FieldType type;

    /**
     * Creates the layer.
     *
     * @param type the field type of input and output
     */
    public GlobalAveragePool(FieldType type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    @Override
    public FieldType inType() {
        return type;
    }

    @Override
    public FieldType outType() {
        return type;
    }

    @Override
    public GeometricTensor define(NetworkGraph graph, GeometricTensor input) {
        input.require(type, name());
        return new GeometricTensor(input.value().mean(2, 3), type);
    }

    @Override
    public String name() {
        return "globalavgpool";
    }

    @Override
    public String toString() {
        return "global average pool(" + type + ")";
    }
}
