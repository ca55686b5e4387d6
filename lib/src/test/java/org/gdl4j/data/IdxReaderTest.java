package org.gdl4j.data;

import static org.gdl4j.data.IdxTestFiles.gzip;
import static org.gdl4j.data.IdxTestFiles.idx;
import static org.gdl4j.data.IdxTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdxReaderTest {

    @TempDir
    Path dir;

    static Stream<Arguments> typesAndCompression() {
        return Stream.of(ElementType.values())
                .filter(type -> type != ElementType.INT64)
                .flatMap(type -> Stream.of(Arguments.of(type, false), Arguments.of(type, true)));
    }

    private static double[] sampleValues(ElementType type) {
        return switch (type) {
            case UINT8 -> new double[] {0, 1, 127, 128, 200, 255};
            case INT8 -> new double[] {-128, -1, 0, 1, 100, 127};
            case INT16 -> new double[] {-32768, -300, 0, 1, 258, 32767};
            case INT32 -> new double[] {Integer.MIN_VALUE, -70000, 0, 1, 65536, Integer.MAX_VALUE};
            case INT64 -> new double[] {-1, 0, 1, 2, 3, 4};
            case FLOAT32 -> new double[] {-1.5, 0, 0.25, 1e-3f, 3.4e38f, Float.MIN_VALUE};
            case FLOAT64 -> new double[] {-1.5, 0, 0.1, Math.PI, 1e300, Double.MIN_VALUE};
        };
    }

    @ParameterizedTest
    @MethodSource("typesAndCompression")
    void everyTypeCodeRoundTripsExactlyPlainAndGzipped(ElementType type, boolean gzipped) {
        double[] values = sampleValues(type);
        byte[] bytes = idx(type, new int[] {2, 3}, values);
        Path file = write(dir.resolve("data.idx"), gzipped ? gzip(bytes) : bytes);

        NumericArray array = IdxReader.read(file);

        assertEquals(type, array.type());
        assertArrayEquals(new int[] {2, 3}, array.shape());
        assertArrayEquals(values, array.toDoubleArray());
    }

    @Test
    void gzipIsDetectedByContentNotByName() {
        byte[] bytes = IdxTestFiles.labels(3, 1, 4);
        Path gzippedWithoutSuffix = write(dir.resolve("labels-idx1-ubyte"), gzip(bytes));
        Path plainWithGzSuffix = write(dir.resolve("labels-idx1-ubyte.gz"), bytes);

        assertArrayEquals(new int[] {3, 1, 4}, IdxReader.read(gzippedWithoutSuffix).toIntArray());
        assertArrayEquals(new int[] {3, 1, 4}, IdxReader.read(plainWithGzSuffix).toIntArray());
    }

    @Test
    void headerGivesTypeAndDimsWithoutTheData() {
        Path file = write(dir.resolve("images"), gzip(IdxTestFiles.images(5, 4, 3)));

        IdxHeader header = IdxReader.readHeader(file);

        assertEquals(new IdxHeader(ElementType.UINT8, new int[] {5, 4, 3}), header);
        assertEquals(5, header.itemCount());
    }

    @Test
    void readFirstStopsBeforeATruncatedTail() {
        byte[] full = IdxTestFiles.images(5, 4, 3);
        byte[] cut = Arrays.copyOf(full, 16 + 2 * 12 + 5);
        Path file = write(dir.resolve("cut.gz"), gzip(cut));

        NumericArray first = IdxReader.readFirst(file, 2);

        assertArrayEquals(new int[] {2, 4, 3}, first.shape());
        assertEquals(IdxTestFiles.pixel(1, 3, 2), first.getDouble(23));
        assertThrows(MalformedDataException.class, () -> IdxReader.read(file));
    }

    @Test
    void readFirstBeyondTheItemCountReadsEverything() {
        Path file = write(dir.resolve("labels"), IdxTestFiles.labels(7, 8));

        assertArrayEquals(new int[] {7, 8}, IdxReader.readFirst(file, 100).toIntArray());
    }

    @Test
    void wrongMagicNumberSaysWhatWasExpectedAndRead() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        Path file = write(dir.resolve("picture.png"), png);

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains("0x0000"), e.getMessage());
        assertTrue(e.getMessage().contains("0x89504e47"), e.getMessage());
        assertTrue(e.getMessage().contains("may not be an IDX file"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void unknownTypeCodeIsNamedWithTheKnownOnes() {
        Path file = write(dir.resolve("odd"), new byte[] {0, 0, 0x0A, 1, 0, 0, 0, 1, 5});

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains("unknown type code 0x0A"), e.getMessage());
        assertTrue(e.getMessage().contains("0x08 (unsigned byte)"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("compression")
    void truncatedDataReportsExpectedAndFoundBytes(boolean gzipped) {
        byte[] full = IdxTestFiles.images(2, 4, 3);
        byte[] cut = Arrays.copyOf(full, full.length - 5);
        Path file = write(dir.resolve("cut"), gzipped ? gzip(cut) : cut);

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains("expected 24 bytes of data"), e.getMessage());
        assertTrue(e.getMessage().contains("found 19"), e.getMessage());
    }

    static Stream<Boolean> compression() {
        return Stream.of(false, true);
    }

    @Test
    void gzipStreamCutMidwayIsReportedAsTruncated() {
        byte[] compressed = gzip(IdxTestFiles.images(50, 10, 10));
        Path file = write(dir.resolve("cut.gz"), Arrays.copyOf(compressed, compressed.length / 2));

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void truncatedMagicNumberIsReported() {
        Path file = write(dir.resolve("tiny"), new byte[] {0, 0});

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains("expected a 4-byte magic number, found 2 bytes"), e.getMessage());
    }

    @Test
    void truncatedDimsAreReportedAsTruncatedHeader() {
        Path file = write(dir.resolve("short-header"), new byte[] {0, 0, 8, 3, 0, 0, 0, 2, 0, 0});

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains("truncated header: expected 3 axis sizes (12 bytes)"), e.getMessage());
        assertTrue(e.getMessage().contains("found 6 bytes"), e.getMessage());
    }

    @Test
    void bytesAfterTheDataAreRejected() {
        byte[] labels = IdxTestFiles.labels(1, 2);
        Path file = write(dir.resolve("long"), Arrays.copyOf(labels, labels.length + 3));

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains("bytes after the 2 bytes of data"), e.getMessage());
    }

    @Test
    void missingFileNamesThePath() {
        Path missing = dir.resolve("nowhere-idx3-ubyte.gz");

        MissingDataException e = assertThrows(MissingDataException.class, () -> IdxReader.read(missing));

        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}
