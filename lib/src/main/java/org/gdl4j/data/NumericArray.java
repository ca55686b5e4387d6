package org.gdl4j.data;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An n-dimensional array as stored in a data file: element type, shape and raw bytes in row-major
 * (C) order. This is what {@link IdxReader} and {@link NpyReader} return.
 *
 * <p>The bytes stay in the file's byte order (big-endian for IDX, usually little-endian for NPY);
 * the buffer carries that order, and the element accessors honour it. Keeping the raw bytes, rather
 * than widening to {@code double[]} at once, keeps the 47 million pixels of the FashionMNIST
 * training images at 47 MB. The buffer is read-only; the array holds at most
 * {@link Integer#MAX_VALUE} bytes.
 *
 * @param type element type
 * @param shape sizes of the axes, outermost first; {@code []} for a scalar. For MNIST images
 *     {@code [N, H, W]}, for MNIST labels {@code [N]}
 * @param data {@code size() * type.bytes()} bytes in C order, in the byte order of the buffer
 */
public record NumericArray(ElementType type, int[] shape, ByteBuffer data) {

    /** Validates that the byte count matches the shape, and takes read-only, independent views. */
    public NumericArray {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        shape = Objects.requireNonNull(shape, "shape").clone();
        long expected = elementCount(shape) * type.bytes();
        if (data.capacity() != expected) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " of " + type
                    + " needs " + expected + " bytes but the buffer holds " + data.capacity());
        }
        data = data.asReadOnlyBuffer().order(data.order());
    }

    /** The shape, outermost axis first (a copy). */
    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** The raw bytes: a read-only buffer in the file's byte order, position 0. */
    @Override
    public ByteBuffer data() {
        return data.duplicate().order(data.order());
    }

    /** Number of axes; 0 for a scalar. */
    public int rank() {
        return shape.length;
    }

    /** Number of elements: the product of the shape (1 for a scalar). */
    public int size() {
        return (int) elementCount(shape);
    }

    /** Size of axis {@code axis}. */
    public int dim(int axis) {
        return shape[axis];
    }

    /** Element {@code index} in C order, as a double (exact for every type but large {@link ElementType#INT64}). */
    public double getDouble(int index) {
        return type.read(data, Objects.checkIndex(index, size()));
    }

    /** All elements in C order, widened to double. */
    public double[] toDoubleArray() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = type.read(data, i);
        }
        return out;
    }

    /**
     * All elements in C order as ints, for labels.
     *
     * @throws IllegalStateException if the type is floating point or a value does not fit in an int
     */
    public int[] toIntArray() {
        if (!type.isIntegral()) {
            throw new IllegalStateException("expected integer elements but the array holds " + type);
        }
        int[] out = new int[size()];
        for (int i = 0; i < out.length; i++) {
            long value = type.readLong(data, i);
            if (value != (int) value) {
                throw new IllegalStateException("element " + i + " = " + value + " does not fit in an int");
            }
            out[i] = (int) value;
        }
        return out;
    }

    /** The values as a float64 ND4J array of the same shape (a scalar for rank 0). */
    public INDArray toINDArray() {
        if (rank() == 0) {
            return Nd4j.scalar(getDouble(0));
        }
        long[] longShape = Arrays.stream(shape).asLongStream().toArray();
        return Nd4j.create(toDoubleArray(), longShape, DataType.DOUBLE);
    }

    /** Equal when type, shape and every element value agree, whatever the byte order. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof NumericArray that)) {
            return false;
        }
        if (type != that.type || !Arrays.equals(shape, that.shape)) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (!sameElement(that, i)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameElement(NumericArray that, int i) {
        if (type.isIntegral()) {
            return type.readLong(data, i) == type.readLong(that.data, i);
        }
        return Double.compare(type.read(data, i), type.read(that.data, i)) == 0;
    }

    /** A hash consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return Objects.hash(type, Arrays.hashCode(shape));
    }

    /** Type and shape, without the data, for example {@code NumericArray[UINT8, shape=[10000, 28, 28]]}. */
    @Override
    public String toString() {
        return "NumericArray[" + type + ", shape=" + Arrays.toString(shape) + "]";
    }

    /**
     * The product of {@code shape}, checked to be non-negative and small enough for a Java buffer.
     *
     * @throws IllegalArgumentException for a negative size or more than {@link Integer#MAX_VALUE} elements
     */
    static long elementCount(int[] shape) {
        long count = 1;
        for (int size : shape) {
            if (size < 0) {
                throw new IllegalArgumentException("negative axis size in shape " + Arrays.toString(shape));
            }
            count *= size;
            if (count > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape)
                        + " has more than " + Integer.MAX_VALUE + " elements");
            }
        }
        return count;
    }
}
