package org.gdl4j.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads NumPy {@code .npy} files, one array each.
 *
 * <p>Format (NumPy, "A Simple File Format for NumPy Arrays", NEP 1, and the {@code numpy.lib.format}
 * documentation, <a href="https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html">
 * numpy.org/doc/stable/reference/generated/numpy.lib.format.html</a>): the magic string
 * {@code \x93NUMPY}; a major and a minor version byte (1.0, 2.0 or 3.0); the header length as a
 * little-endian unsigned int of 2 bytes (version 1) or 4 bytes (versions 2 and 3); the header, a
 * Python dict literal with keys {@code 'descr'}, {@code 'fortran_order'} and {@code 'shape'}, padded
 * with spaces and ended by a newline (ASCII or Latin-1; UTF-8 in version 3); then the raw data.
 *
 * <p>Supported dtypes: {@code |u1}, {@code |i1}, {@code |b1} (read as 0/1 {@link ElementType#UINT8}),
 * {@code <i2}, {@code <i4}, {@code <i8}, {@code <f4}, {@code <f8}, and the same with {@code >}
 * (big-endian). Arrays stored in Fortran order are reordered to C order. Object arrays, structured
 * dtypes, unsigned types wider than one byte and complex numbers are rejected with
 * {@link MalformedDataException}.
 */
public final class NpyReader {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    private NpyReader() {
    }

    /** Reads the {@code .npy} file at {@code path}; shape and dtype as stored, data in C order. */
    public static NumericArray read(Path path) {
        try (InputStream in = DataStreams.open(path, "NPY file")) {
            return read(in, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NPY file " + path, e);
        }
    }

    /**
     * Reads one {@code .npy} array from {@code in}, leaving the stream open and positioned after
     * the data.
     *
     * @param source names the file or zip entry in error messages
     */
    public static NumericArray read(InputStream in, String source) throws IOException {
        NpyHeader header = NpyHeader.parse(readHeaderText(in, source), source);
        long count = NumericArray.elementCount(header.shape()) * header.type().bytes();
        if (count > Integer.MAX_VALUE - 8) {
            throw new MalformedDataException("NPY " + source + ": " + count + " data bytes, more than a Java array holds");
        }
        byte[] bytes = DataStreams.readUpTo(in, (int) count);
        if (bytes.length < count) {
            throw new MalformedDataException("NPY " + source + " is truncated: expected " + count + " bytes of data for shape "
                    + Arrays.toString(header.shape()) + " of " + header.type() + ", found " + bytes.length);
        }
        if (header.fortranOrder()) {
            bytes = fortranToC(bytes, header.shape(), header.type().bytes());
        }
        return new NumericArray(header.type(), header.shape(), ByteBuffer.wrap(bytes).order(header.order()));
    }

    private static String readHeaderText(InputStream in, String source) throws IOException {
        byte[] prefix = DataStreams.readUpTo(in, MAGIC.length + 2);
        if (prefix.length < MAGIC.length + 2 || !Arrays.equals(Arrays.copyOf(prefix, MAGIC.length), MAGIC)) {
            throw new MalformedDataException("NPY " + source + ": expected the magic string \\x93NUMPY and a version, but read "
                    + printable(prefix) + "; the file may not be a .npy file");
        }
        int major = prefix[MAGIC.length];
        if (major < 1 || major > 3) {
            throw new MalformedDataException("NPY " + source + ": unsupported format version " + major + "."
                    + prefix[MAGIC.length + 1] + "; expected 1.0, 2.0 or 3.0");
        }
        int length = headerLength(in, source, major == 1 ? 2 : 4);
        byte[] text = DataStreams.readUpTo(in, length);
        if (text.length < length) {
            throw new MalformedDataException("NPY " + source + " has a truncated header: expected " + length
                    + " header bytes, found " + text.length);
        }
        return new String(text, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    private static int headerLength(InputStream in, String source, int width) throws IOException {
        byte[] raw = DataStreams.readUpTo(in, width);
        if (raw.length < width) {
            throw new MalformedDataException("NPY " + source + " has a truncated header: expected a " + width
                    + "-byte header length, found " + raw.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        long length = width == 2 ? Short.toUnsignedInt(buffer.getShort()) : Integer.toUnsignedLong(buffer.getInt());
        if (length > 1 << 24) {
            throw new MalformedDataException("NPY " + source + ": implausible header length " + length + " bytes");
        }
        return (int) length;
    }

    /**
     * Reorders column-major (Fortran) element bytes to row-major (C) order: the element at C index
     * {@code (i_0, ..., i_{r-1})} sits at Fortran offset {@code sum_j i_j * prod_{k<j} shape_k}.
     */
    static byte[] fortranToC(byte[] fortran, int[] shape, int width) {
        int rank = shape.length;
        long[] stride = new long[rank];
        for (int axis = 0; axis < rank; axis++) {
            stride[axis] = axis == 0 ? 1 : stride[axis - 1] * shape[axis - 1];
        }
        byte[] c = new byte[fortran.length];
        int[] index = new int[rank];
        for (int element = 0; element < fortran.length / width; element++) {
            long offset = 0;
            for (int axis = 0; axis < rank; axis++) {
                offset += index[axis] * stride[axis];
            }
            System.arraycopy(fortran, (int) offset * width, c, element * width, width);
            increment(index, shape);
        }
        return c;
    }

    private static void increment(int[] index, int[] shape) {
        for (int axis = index.length - 1; axis >= 0; axis--) {
            if (++index[axis] < shape[axis]) {
                return;
            }
            index[axis] = 0;
        }
    }

    private static String printable(byte[] bytes) {
        StringBuilder text = new StringBuilder("'");
        for (byte b : bytes) {
            int v = b & 0xFF;
            text.append(v >= 0x20 && v < 0x7F ? String.valueOf((char) v) : String.format("\\x%02x", v));
        }
        return text.append("'").toString();
    }
}
