package org.gdl4j.data;

import java.nio.ByteBuffer;

/**
 * The numeric element types that the IDX and NPY readers understand.
 *
 * <p>Each constant knows its width in bytes and how to read one element from a buffer; the byte
 * order is the buffer's own ({@link ByteBuffer#order()}), so the same constant serves big-endian
 * IDX data and little-endian NPY data. The file formats' own type codes (IDX {@code 0x08},
 * NPY {@code '<f4'}, ...) are translated to these constants by {@link IdxReader} and
 * {@link NpyReader}.
 */
public enum ElementType {
    /** Unsigned 8-bit integer, 0 to 255 (IDX {@code 0x08}, NPY {@code |u1}). */
    UINT8(1, true),
    /** Signed 8-bit integer (IDX {@code 0x09}, NPY {@code |i1}). */
    INT8(1, true),
    /** Signed 16-bit integer (IDX {@code 0x0B}, NPY {@code <i2}). */
    INT16(2, true),
    /** Signed 32-bit integer (IDX {@code 0x0C}, NPY {@code <i4}). */
    INT32(4, true),
    /** Signed 64-bit integer (NPY {@code <i8}; IDX has no 64-bit integer type). */
    INT64(8, true),
    /** IEEE 754 single precision (IDX {@code 0x0D}, NPY {@code <f4}). */
    FLOAT32(4, false),
    /** IEEE 754 double precision (IDX {@code 0x0E}, NPY {@code <f8}). */
    FLOAT64(8, false);

    private final int bytes;
    private final boolean integral;

    ElementType(int bytes, boolean integral) {
        this.bytes = bytes;
        this.integral = integral;
    }

    /** Width of one element in bytes. */
    public int bytes() {
        return bytes;
    }

    /** Whether the type holds integers (every constant except {@link #FLOAT32} and {@link #FLOAT64}). */
    public boolean isIntegral() {
        return integral;
    }

    /**
     * Reads element {@code index} (counted in elements, not bytes) as a double, in the buffer's byte
     * order. {@link #INT64} values beyond ±2^53 lose precision.
     */
    public double read(ByteBuffer data, int index) {
        return switch (this) {
            case UINT8 -> data.get(index) & 0xFF;
            case INT8 -> data.get(index);
            case INT16 -> data.getShort(index * 2);
            case INT32 -> data.getInt(index * 4);
            case INT64 -> data.getLong(index * 8);
            case FLOAT32 -> data.getFloat(index * 4);
            case FLOAT64 -> data.getDouble(index * 8);
        };
    }

    /**
     * Reads element {@code index} of an integral type exactly, as a long.
     *
     * @throws IllegalStateException if this type is a floating-point type
     */
    public long readLong(ByteBuffer data, int index) {
        return switch (this) {
            case UINT8 -> data.get(index) & 0xFF;
            case INT8 -> data.get(index);
            case INT16 -> data.getShort(index * 2);
            case INT32 -> data.getInt(index * 4);
            case INT64 -> data.getLong(index * 8);
            case FLOAT32, FLOAT64 -> throw new IllegalStateException(
                    "readLong needs an integral element type but the type is " + this);
        };
    }
}
