package org.gdl4j.data;

import static org.gdl4j.data.NpyTestFiles.encode;
import static org.gdl4j.data.NpyTestFiles.npy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpyReaderTest {

    @TempDir
    Path dir;

    private static NumericArray parse(byte[] bytes) throws IOException {
        return NpyReader.read(new ByteArrayInputStream(bytes), "test.npy");
    }

    private static double[] sampleValues(String descr) {
        return switch (descr.substring(1)) {
            case "u1" -> new double[] {0, 1, 128, 255};
            case "b1" -> new double[] {0, 1, 1, 0};
            case "i1" -> new double[] {-128, -1, 0, 127};
            case "i2" -> new double[] {-32768, -1, 258, 32767};
            case "i4" -> new double[] {Integer.MIN_VALUE, -1, 65536, Integer.MAX_VALUE};
            case "i8" -> new double[] {-(1L << 40), -1, 0, 1L << 50};
            case "f4" -> new double[] {-1.5, 0, 0.25, 3.4e38f};
            default -> new double[] {-1.5, 0.1, Math.PI, 1e300};
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"|u1", "|b1", "|i1", "<i2", "<i4", "<i8", "<f4", "<f8", ">i2", ">i4", ">i8", ">f4", ">f8"})
    void everySupportedDtypeRoundTripsExactly(String descr) throws IOException {
        double[] values = sampleValues(descr);

        NumericArray array = parse(npy(descr, new int[] {2, 2}, values));

        assertEquals(NpyTestFiles.typeOf(descr.substring(1)), array.type());
        assertArrayEquals(new int[] {2, 2}, array.shape());
        assertArrayEquals(values, array.toDoubleArray());
    }

    @Test
    void headerIsPaddedToAMultipleOfSixtyFourBytesAsNumpyWritesIt() throws IOException {
        byte[] bytes = npy("<f4", new int[] {3}, new double[] {1, 2, 3});

        assertEquals(128 + 12, bytes.length);
        assertEquals('\n', bytes[127]);
        assertArrayEquals(new double[] {1, 2, 3}, parse(bytes).toDoubleArray());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void versionTwoAndThreeHeadersUseFourLengthBytes(int major) throws IOException {
        byte[] data = encode("<i4", new double[] {7, -8});

        NumericArray array = parse(npy(major, "<i4", false, new int[] {2}, data));

        assertArrayEquals(new int[] {7, -8}, array.toIntArray());
    }

    @Test
    void scalarAndVectorShapesAreParsed() throws IOException {
        NumericArray scalar = parse(npy("<f8", new int[] {}, new double[] {2.5}));
        NumericArray vector = parse(npy("<f8", new int[] {1}, new double[] {4.5}));

        assertEquals(0, scalar.rank());
        assertEquals(2.5, scalar.getDouble(0));
        assertArrayEquals(new int[] {1}, vector.shape());
    }

    @Test
    void fortranOrderIsReorderedToCOrder() throws IOException {
        int[] shape = {2, 3, 4};
        double[] fortran = new double[24];
        double[] c = new double[24];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 4; k++) {
                    double value = 100 * i + 10 * j + k;
                    fortran[i + 2 * j + 6 * k] = value;
                    c[(i * 3 + j) * 4 + k] = value;
                }
            }
        }

        NumericArray array = parse(npy(1, "<i2", true, shape, encode("<i2", fortran)));

        assertArrayEquals(shape, array.shape());
        assertArrayEquals(c, array.toDoubleArray());
    }

    @Test
    void corruptMagicIsRejectedWithWhatWasRead() {
        byte[] bytes = npy("<f4", new int[] {1}, new double[] {1});
        bytes[1] = 'X';

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> parse(bytes));

        assertTrue(e.getMessage().contains("\\x93NUMPY"), e.getMessage());
        assertTrue(e.getMessage().contains("'\\x93XUMPY"), e.getMessage());
        assertTrue(e.getMessage().contains("may not be a .npy file"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<c16", "<U3", "|O", "<u4", "<f2", "|f4"})
    void unsupportedDtypeIsNamedWithTheSupportedOnes(String descr) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (1,), }";
        byte[] bytes = NpyTestFiles.concat(NpyTestFiles.header(1, dict), new byte[16]);

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> parse(bytes));

        assertTrue(e.getMessage().contains("unsupported dtype '" + descr + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("<f8"), e.getMessage());
    }

    @Test
    void structuredDtypeIsRejected() {
        String dict = "{'descr': [('x', '<f4'), ('y', '<i4')], 'fortran_order': False, 'shape': (1,), }";
        byte[] bytes = NpyTestFiles.concat(NpyTestFiles.header(1, dict), new byte[8]);

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> parse(bytes));

        assertTrue(e.getMessage().contains("structured dtype"), e.getMessage());
    }

    @Test
    void unknownVersionIsRejected() {
        byte[] bytes = npy("<f4", new int[] {1}, new double[] {1});
        bytes[6] = 4;

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> parse(bytes));

        assertTrue(e.getMessage().contains("version 4.0"), e.getMessage());
    }

    @Test
    void truncatedDataReportsExpectedAndFoundBytes() {
        byte[] full = npy("<f8", new int[] {2, 2}, new double[] {1, 2, 3, 4});
        byte[] cut = Arrays.copyOf(full, full.length - 10);

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> parse(cut));

        assertTrue(e.getMessage().contains("expected 32 bytes of data"), e.getMessage());
        assertTrue(e.getMessage().contains("found 22"), e.getMessage());
    }

    @Test
    void truncatedHeaderIsReported() {
        byte[] full = npy("<f8", new int[] {2}, new double[] {1, 2});

        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> parse(Arrays.copyOf(full, 30)));

        assertTrue(e.getMessage().contains("truncated header: expected 118 header bytes, found 20"), e.getMessage());
    }

    @Test
    void fileOnDiskIsReadAndMissingFileIsNamed() {
        Path file = IdxTestFiles.write(dir.resolve("a.npy"), npy("|u1", new int[] {3}, new double[] {9, 8, 7}));
        Path missing = dir.resolve("b.npy");

        assertArrayEquals(new int[] {9, 8, 7}, NpyReader.read(file).toIntArray());
        MissingDataException e = assertThrows(MissingDataException.class, () -> NpyReader.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}
