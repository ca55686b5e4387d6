package org.gdl4j.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * The header of an IDX file: the element type from the magic number's third byte and the sizes of
 * the axes that follow it. {@link IdxReader#readHeader} reads only this, without the data.
 *
 * @param type element type of the data
 * @param dims axis sizes, outermost first: {@code [N, H, W]} for image files, {@code [N]} for label files
 */
public record IdxHeader(ElementType type, int[] dims) {

    /** Checks for nulls and copies {@code dims}. */
    public IdxHeader {
        Objects.requireNonNull(type, "type");
        dims = Objects.requireNonNull(dims, "dims").clone();
    }

    /** The axis sizes (a copy). */
    @Override
    public int[] dims() {
        return dims.clone();
    }

    /** Number of items along the first axis (images or labels), or 1 for a scalar file. */
    public int itemCount() {
        return dims.length == 0 ? 1 : dims[0];
    }

    /** Equal when type and dims agree. */
    @Override
    public boolean equals(Object other) {
        return other instanceof IdxHeader that && type == that.type && Arrays.equals(dims, that.dims);
    }

    /** A hash consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(dims);
    }

    /** For example {@code IdxHeader[UINT8, dims=[10000, 28, 28]]}. */
    @Override
    public String toString() {
        return "IdxHeader[" + type + ", dims=" + Arrays.toString(dims) + "]";
    }
}
