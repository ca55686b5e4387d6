package org.gdl4j.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small .npy and .npz files for tests, laid out as NumPy writes them. */
final class NpyTestFiles {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;

    private NpyTestFiles() {
    }

    /** A version 1.0 .npy file, C order, with values encoded per {@code descr} (such as {@code <f4}). */
    static byte[] npy(String descr, int[] shape, double[] values) {
        return npy(1, descr, false, shape, encode(descr, values));
    }

    /** A .npy file of the given version with already encoded data. */
    static byte[] npy(int major, String descr, boolean fortran, int[] shape, byte[] data) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False")
                + ", 'shape': " + tuple(shape) + ", }";
        return concat(header(major, dict), data);
    }

    /** Magic, version, length and the dict padded with spaces and a newline to a multiple of 64, as NumPy does. */
    static byte[] header(int major, String dict) {
        int lengthBytes = major == 1 ? 2 : 4;
        int prefix = MAGIC.length + 2 + lengthBytes;
        int unpadded = prefix + dict.length() + 1;
        int padding = (ALIGN - unpadded % ALIGN) % ALIGN;
        String text = dict + " ".repeat(padding) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(prefix + text.length()).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) {
            buffer.putShort((short) text.length());
        } else {
            buffer.putInt(text.length());
        }
        return buffer.put(text.getBytes(StandardCharsets.ISO_8859_1)).array();
    }

    /** Python's tuple notation: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    static String tuple(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        return Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(", ", "(", ")"));
    }

    /** Encodes values in the element type and byte order of a simple descr such as {@code >i4}. */
    static byte[] encode(String descr, double[] values) {
        ElementType type = typeOf(descr.substring(1));
        ByteOrder order = descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        ByteBuffer buffer = ByteBuffer.allocate(values.length * type.bytes()).order(order);
        for (double value : values) {
            IdxTestFiles.put(buffer, type, value);
        }
        return buffer.array();
    }

    static ElementType typeOf(String kind) {
        return switch (kind) {
            case "u1", "b1" -> ElementType.UINT8;
            case "i1" -> ElementType.INT8;
            case "i2" -> ElementType.INT16;
            case "i4" -> ElementType.INT32;
            case "i8" -> ElementType.INT64;
            case "f4" -> ElementType.FLOAT32;
            case "f8" -> ElementType.FLOAT64;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Writes an .npz: one entry {@code name.npy} per map entry, in map order. */
    static Path npz(Path file, Map<String, byte[]> arrays, boolean compressed) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setMethod(compressed ? ZipOutputStream.DEFLATED : ZipOutputStream.STORED);
            for (Map.Entry<String, byte[]> array : arrays.entrySet()) {
                zip.putNextEntry(entry(array.getKey() + ".npy", array.getValue(), compressed));
                zip.write(array.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static ZipEntry entry(String name, byte[] content, boolean compressed) {
        ZipEntry entry = new ZipEntry(name);
        if (!compressed) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        }
        return entry;
    }

    static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
