package org.gdl4j.nn;

import java.util.Objects;
import org.nd4j.autodiff.samediff.SDVariable;

/**
 * A symbolic feature map in a SameDiff graph together with its {@link FieldType}.
 *
 * <p>Shapes: {@code [N, type.size(), H, W]} for planar feature maps, {@code [N, type.size()]} after global
 * pooling or for dense layers.
 *
 * @param value the SameDiff variable holding the feature map
 * @param type what its channels mean
 */
public record GeometricTensor(SDVariable value, FieldType type) {

    /** Validates the components. */
    public GeometricTensor {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
    }

    /**
     * Checks that this tensor has the type a layer expects.
     *
     * @param expected the layer's input type
     * @param layer the layer's name, for the message
     * @return this tensor
     * @throws IllegalArgumentException if the types differ
     */
    public GeometricTensor require(FieldType expected, String layer) {
        if (!type.equals(expected)) {
            throw new IllegalArgumentException(layer + " expects " + expected + " but got " + type);
        }
        return this;
    }
}
