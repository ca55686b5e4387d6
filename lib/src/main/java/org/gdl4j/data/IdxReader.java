package org.gdl4j.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads IDX files, the format of MNIST and FashionMNIST, gzipped or not.
 *
 * <p>Format (Y. LeCun, C. Cortes, C. J. C. Burges, "The MNIST database of handwritten digits",
 * <a href="http://yann.lecun.com/exdb/mnist/">http://yann.lecun.com/exdb/mnist/</a>): a magic number
 * of four bytes {@code 00 00 tt dd}, where {@code tt} is the element type ({@code 0x08} unsigned
 * byte, {@code 0x09} signed byte, {@code 0x0B} short, {@code 0x0C} int, {@code 0x0D} float,
 * {@code 0x0E} double) and {@code dd} the number of axes; then one big-endian int32 per axis; then
 * the elements, big-endian, in row-major order. Files starting with the gzip header {@code 1f 8b}
 * are decompressed on the fly; the file name plays no part.
 *
 * <p>Errors: {@link MissingDataException} for a missing file, {@link MalformedDataException} for a
 * wrong magic number, an unknown type code, a header or data section that ends early, or bytes left
 * over after the data; {@link UncheckedIOException} for other I/O failures.
 */
public final class IdxReader {

    private static final String FORMAT_LINK = "http://yann.lecun.com/exdb/mnist/";
    private static final String WHAT = "IDX file";

    private IdxReader() {
    }

    /** Reads only the header of {@code path}: element type and axis sizes. */
    public static IdxHeader readHeader(Path path) {
        try (InputStream in = DataStreams.open(path, WHAT)) {
            return parseHeader(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read IDX file " + path, e);
        }
    }

    /**
     * Reads a whole IDX file.
     *
     * @return the array, shape {@code dims} as in the header (for MNIST images {@code [N, H, W]})
     */
    public static NumericArray read(Path path) {
        return read(path, Integer.MAX_VALUE, true);
    }

    /**
     * Reads the first {@code maxItems} items along the first axis and stops: for a gzipped file the
     * rest is never decompressed, so a quick look at 100 of 60 000 images is cheap.
     *
     * @param maxItems at least 1; a larger count than the file holds reads the whole file
     * @return shape {@code [min(maxItems, N), ...]} where the header says {@code [N, ...]}
     */
    public static NumericArray readFirst(Path path, int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1 but was " + maxItems);
        }
        return read(path, maxItems, false);
    }

    private static NumericArray read(Path path, int maxItems, boolean wholeFile) {
        try (InputStream in = DataStreams.open(path, WHAT)) {
            IdxHeader header = parseHeader(in, path);
            int[] dims = header.dims();
            boolean limited = dims.length > 0 && maxItems < dims[0];
            if (limited) {
                dims[0] = maxItems;
            }
            byte[] bytes = readData(in, path, header.type(), dims);
            if (wholeFile && !DataStreams.atEnd(in)) {
                throw new MalformedDataException("IDX file " + path + " has bytes after the "
                        + bytes.length + " bytes of data that its header " + header + " announces");
            }
            return new NumericArray(header.type(), dims, ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read IDX file " + path, e);
        }
    }

    private static byte[] readData(InputStream in, Path path, ElementType type, int[] dims) throws IOException {
        long expected = byteCount(path, type, dims);
        byte[] bytes = DataStreams.readUpTo(in, (int) expected);
        if (bytes.length < expected) {
            throw new MalformedDataException("IDX file " + path + " is truncated: expected " + expected
                    + " bytes of data for dims " + Arrays.toString(dims) + " of " + type
                    + ", found " + bytes.length);
        }
        return bytes;
    }

    private static long byteCount(Path path, ElementType type, int[] dims) {
        long bytes = NumericArray.elementCount(dims) * type.bytes();
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new MalformedDataException("IDX file " + path + " with dims " + Arrays.toString(dims)
                    + " of " + type + " holds " + bytes + " bytes, more than one Java array can hold");
        }
        return bytes;
    }

    /** Parses the magic number and the axis sizes; leaves {@code in} at the first data byte. */
    static IdxHeader parseHeader(InputStream in, Path path) throws IOException {
        byte[] magic = DataStreams.readUpTo(in, 4);
        if (magic.length < 4) {
            throw new MalformedDataException("IDX file " + path + " is truncated: expected a 4-byte magic number, found "
                    + magic.length + " bytes; the file may not be an IDX file (format: " + FORMAT_LINK + ")");
        }
        if (magic[0] != 0 || magic[1] != 0) {
            throw new MalformedDataException("IDX file " + path + ": expected a magic number 0x0000ttdd (two zero bytes, "
                    + "type code tt, number of axes dd) but read 0x" + hex(magic)
                    + "; the file may not be an IDX file (format: " + FORMAT_LINK + ")");
        }
        ElementType type = typeOf(magic[2] & 0xFF, path);
        int rank = magic[3] & 0xFF;
        return new IdxHeader(type, parseDims(in, path, rank));
    }

    private static int[] parseDims(InputStream in, Path path, int rank) throws IOException {
        byte[] raw = DataStreams.readUpTo(in, 4 * rank);
        if (raw.length < 4 * rank) {
            throw new MalformedDataException("IDX file " + path + " has a truncated header: expected " + rank
                    + " axis sizes (" + 4 * rank + " bytes) after the magic number, found " + raw.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(raw).order(ByteOrder.BIG_ENDIAN);
        int[] dims = new int[rank];
        for (int axis = 0; axis < rank; axis++) {
            dims[axis] = buffer.getInt();
            if (dims[axis] < 0) {
                throw new MalformedDataException("IDX file " + path + ": axis " + axis + " has negative size "
                        + dims[axis] + " (read as a signed big-endian int32)");
            }
        }
        return dims;
    }

    /** The element type for an IDX type code. */
    static ElementType typeOf(int code, Path path) {
        return switch (code) {
            case 0x08 -> ElementType.UINT8;
            case 0x09 -> ElementType.INT8;
            case 0x0B -> ElementType.INT16;
            case 0x0C -> ElementType.INT32;
            case 0x0D -> ElementType.FLOAT32;
            case 0x0E -> ElementType.FLOAT64;
            default -> throw new MalformedDataException(String.format(
                    "IDX file %s: unknown type code 0x%02X; expected 0x08 (unsigned byte), 0x09 (signed byte), "
                            + "0x0B (short), 0x0C (int), 0x0D (float) or 0x0E (double)", path, code));
        };
    }

    /** The IDX type code of an element type; {@link ElementType#INT64} has none. */
    static int codeOf(ElementType type) {
        return switch (type) {
            case UINT8 -> 0x08;
            case INT8 -> 0x09;
            case INT16 -> 0x0B;
            case INT32 -> 0x0C;
            case FLOAT32 -> 0x0D;
            case FLOAT64 -> 0x0E;
            case INT64 -> throw new IllegalArgumentException("IDX has no type code for INT64");
        };
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02x", b & 0xFF));
        }
        return text.toString();
    }
}
