package org.gdl4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class NumericArrayTest {

    private static NumericArray int16(ByteOrder order, short... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 2).order(order);
        for (short value : values) {
            buffer.putShort(value);
        }
        return new NumericArray(ElementType.INT16, new int[] {values.length}, buffer);
    }

    @Test
    void byteCountMustMatchTheShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NumericArray(ElementType.INT32, new int[] {2, 3}, ByteBuffer.allocate(20)));

        assertTrue(e.getMessage().contains("needs 24 bytes but the buffer holds 20"), e.getMessage());
    }

    @Test
    void elementsAreReadInTheBuffersByteOrder() {
        NumericArray little = int16(ByteOrder.LITTLE_ENDIAN, (short) 258, (short) -2);
        NumericArray big = int16(ByteOrder.BIG_ENDIAN, (short) 258, (short) -2);

        assertArrayEquals(new int[] {258, -2}, little.toIntArray());
        assertEquals(little, big);
        assertEquals(little.hashCode(), big.hashCode());
        assertNotEquals(little, int16(ByteOrder.BIG_ENDIAN, (short) 258, (short) -3));
    }

    @Test
    void shapeCannotBeChangedFromOutside() {
        int[] shape = {2};
        NumericArray array = new NumericArray(ElementType.UINT8, shape, ByteBuffer.allocate(2));
        shape[0] = 1;
        array.shape()[0] = 1;

        assertArrayEquals(new int[] {2}, array.shape());
    }

    @Test
    void toIntArrayRejectsFloatingPointElements() {
        NumericArray floats = new NumericArray(ElementType.FLOAT32, new int[] {1}, ByteBuffer.allocate(4));

        assertThrows(IllegalStateException.class, floats::toIntArray);
    }

    @Test
    void toIntArrayRejectsValuesBeyondIntRange() {
        ByteBuffer buffer = ByteBuffer.allocate(8).putLong(0, 1L << 40);
        NumericArray longs = new NumericArray(ElementType.INT64, new int[] {1}, buffer);

        assertThrows(IllegalStateException.class, longs::toIntArray);
    }

    @Test
    void toINDArrayKeepsShapeAndValuesInFloat64() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, (byte) 250});
        NumericArray bytes = new NumericArray(ElementType.UINT8, new int[] {2, 3}, buffer);

        INDArray array = bytes.toINDArray();

        assertEquals(DataType.DOUBLE, array.dataType());
        assertArrayEquals(new long[] {2, 3}, array.shape());
        assertEquals(250.0, array.getDouble(1, 2));
        assertEquals(4.0, array.getDouble(1, 0));
    }

    @Test
    void toStringShowsTypeAndShapeButNotData() {
        NumericArray array = new NumericArray(ElementType.UINT8, new int[] {3, 2}, ByteBuffer.allocate(6));

        assertEquals("NumericArray[UINT8, shape=[3, 2]]", array.toString());
    }
}
