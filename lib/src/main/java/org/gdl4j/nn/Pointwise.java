package org.gdl4j.nn;

import java.util.Objects;

/**
 * A pointwise nonlinearity. It is equivariant for trivial and regular fields, whose group actions only
 * move and permute channel values (Cohen and Welling, ICML 2016, §6.3).
 *
 * <p>Shapes: any {@code [N, type.size(), …]} to the same shape.
 */
public final class Pointwise extends TypedLayer {

    private final Nonlinearity nonlinearity;

    /**
     * Creates the layer.
     *
     * @param type the type of input and output
     * @param nonlinearity the function applied to every entry
     */
    public Pointwise(FieldType type, Nonlinearity nonlinearity) {
        super(type, type);
        this.nonlinearity = Objects.requireNonNull(nonlinearity, "nonlinearity");
    }

    /**
     * A ReLU on fields of the given type.
     *
     * @param type the type of input and output
     * @return the layer
     */
    public static Pointwise relu(FieldType type) {
        return new Pointwise(type, Nonlinearity.RELU);
    }

    @Override
    public GeometricTensor define(NetworkGraph graph, GeometricTensor input) {
        input.require(inType(), name());
        return input.sameLayout(nonlinearity.apply(graph.sameDiff(), input.value()), outType());
    }

    @Override
    public String name() {
        return nonlinearity.name().toLowerCase();
    }

    @Override
    public String toString() {
        return name() + "(" + inType() + ")";
    }
}
