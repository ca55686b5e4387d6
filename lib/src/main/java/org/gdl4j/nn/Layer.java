package org.gdl4j.nn;

/**
 * A layer of a network: it declares the field types it accepts and produces and adds its operations to a
 * SameDiff graph. Equivariant layers commute with the group actions their types describe; the checks in
 * {@code org.gdl4j.check} verify that, layers never test themselves.
 *
 * <p>Lifecycle: construct with the sizes (types, filter size); {@link Model#build} then calls
 * {@link #define} once, which asks the {@link NetworkGraph} for the layer's parameters (drawn there from
 * the model's seed) and returns the output tensor.
 */
public interface Layer {

    /** @return the type of the input feature map */
    FieldType inType();

    /** @return the type of the output feature map */
    FieldType outType();

    /**
     * Adds this layer's operations to the graph.
     *
     * @param graph the graph under construction, which creates parameters and knows the mode
     * @param input the input, whose type must equal {@link #inType()}
     * @return the output, of type {@link #outType()}
     * @throws IllegalArgumentException if the input has another type
     */
    GeometricTensor define(NetworkGraph graph, GeometricTensor input);

    /** @return a short name used in graph scopes and reports, e.g. {@code "conv"} */
    default String name() {
        return getClass().getSimpleName().toLowerCase();
    }
}
