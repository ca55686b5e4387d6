package org.gdl4j.nn;

import java.util.Objects;
import org.nd4j.autodiff.samediff.SDVariable;

/**
 * A symbolic feature map in a SameDiff graph together with its {@link FieldType} and {@link Layout}.
 *
 * <p>Shapes: {@code [N, type.size(), H, W]} for planar feature maps ({@code [N, H, W, type.size()]} when
 * {@link Layout#CHANNELS_LAST}), {@code [N, type.size()]} after global pooling or for dense layers (always
 * labelled {@link Layout#CHANNELS_FIRST}).
 *
 * @param value the SameDiff variable holding the feature map
 * @param type what its channels mean
 * @param layout where its channel axis is
 */
public record GeometricTensor(SDVariable value, FieldType type, Layout layout) {

    /** Validates the components. */
    public GeometricTensor {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(layout, "layout");
    }

    /**
     * A channels-first tensor.
     *
     * @param value the SameDiff variable, {@code [N, C, H, W]} or {@code [N, C]}
     * @param type what its channels mean
     */
    public GeometricTensor(SDVariable value, FieldType type) {
        this(value, type, Layout.CHANNELS_FIRST);
    }

    /**
     * Another map in this tensor's layout, e.g. the output of a layer that keeps the layout.
     *
     * @param output the SameDiff variable
     * @param outputType what its channels mean
     * @return the tensor
     */
    public GeometricTensor sameLayout(SDVariable output, FieldType outputType) {
        return new GeometricTensor(output, outputType, layout);
    }

    /**
     * This map rearranged into {@code target} (this tensor when it is already in it).
     *
     * @param target the layout wanted
     * @return the tensor in {@code target}
     */
    public GeometricTensor in(Layout target) {
        return target == layout ? this : new GeometricTensor(target.from(value, layout), type, target);
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
