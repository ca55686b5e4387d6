package org.gdl4j.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files for tests, independently of {@link IdxReader}. */
final class IdxTestFiles {

    private IdxTestFiles() {
    }

    /** The bytes of an IDX file: magic, big-endian dims, big-endian values of {@code type}. */
    static byte[] idx(ElementType type, int[] dims, double[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * dims.length + values.length * type.bytes())
                .order(ByteOrder.BIG_ENDIAN);
        buffer.put((byte) 0).put((byte) 0).put((byte) IdxReader.codeOf(type)).put((byte) dims.length);
        for (int dim : dims) {
            buffer.putInt(dim);
        }
        for (double value : values) {
            put(buffer, type, value);
        }
        return buffer.array();
    }

    /** Puts one value in {@code type}'s encoding at the buffer's position and order. */
    static void put(ByteBuffer buffer, ElementType type, double value) {
        switch (type) {
            case UINT8, INT8 -> buffer.put((byte) (long) value);
            case INT16 -> buffer.putShort((short) value);
            case INT32 -> buffer.putInt((int) value);
            case INT64 -> buffer.putLong((long) value);
            case FLOAT32 -> buffer.putFloat((float) value);
            case FLOAT64 -> buffer.putDouble(value);
        }
    }

    /** MNIST-like unsigned-byte images {@code [n, h, w]} whose pixel (i, r, c) is {@code (i * 31 + r * 7 + c) % 256}. */
    static byte[] images(int n, int h, int w) {
        double[] values = new double[n * h * w];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    values[(i * h + r) * w + c] = pixel(i, r, c);
                }
            }
        }
        return idx(ElementType.UINT8, new int[] {n, h, w}, values);
    }

    /** The byte value written by {@link #images} at image {@code i}, row {@code r}, column {@code c}. */
    static int pixel(int i, int r, int c) {
        return (i * 31 + r * 7 + c) % 256;
    }

    /** Unsigned-byte labels {@code [labels.length]}. */
    static byte[] labels(int... labels) {
        double[] values = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            values[i] = labels[i];
        }
        return idx(ElementType.UINT8, new int[] {labels.length}, values);
    }

    /** Gzip-compresses {@code bytes}. */
    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes {@code bytes} to {@code file}, and returns the file. */
    static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
