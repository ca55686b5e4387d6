package org.gdl4j.nn;

import java.util.Objects;

/**
 * A layer whose input and output types are fixed at construction: the common base of gdl4j's layers, which
 * holds the two {@link FieldType}s so that each layer states only its validation and its operations.
 */
public abstract class TypedLayer implements Layer {

    private final FieldType inType;
    private final FieldType outType;

    /**
     * Stores the types.
     *
     * @param inType the type of the input feature map
     * @param outType the type of the output feature map
     */
    protected TypedLayer(FieldType inType, FieldType outType) {
        this.inType = Objects.requireNonNull(inType, "inType");
        this.outType = Objects.requireNonNull(outType, "outType");
    }

    @Override
    public final FieldType inType() {
        return inType;
    }

    @Override
    public final FieldType outType() {
        return outType;
    }
}
