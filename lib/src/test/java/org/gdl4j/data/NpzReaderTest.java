package org.gdl4j.data;

import static org.gdl4j.data.NpyTestFiles.npy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpzReaderTest {

    @TempDir
    Path dir;

    private Path sample(boolean compressed) {
        Map<String, byte[]> arrays = new LinkedHashMap<>();
        arrays.put("weights", npy("<f4", new int[] {2, 2}, new double[] {0.5, -1, 2, 4}));
        arrays.put("counts", npy("<i8", new int[] {3}, new double[] {1, 2, 3}));
        return NpyTestFiles.npz(dir.resolve("sample.npz"), arrays, compressed);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsEveryArrayByNameInArchiveOrderStoredOrDeflated(boolean compressed) {
        Map<String, NumericArray> arrays = NpzReader.read(sample(compressed));

        assertEquals(List.of("weights", "counts"), List.copyOf(arrays.keySet()));
        assertArrayEquals(new double[] {0.5, -1, 2, 4}, arrays.get("weights").toDoubleArray());
        assertArrayEquals(new int[] {2, 2}, arrays.get("weights").shape());
        assertArrayEquals(new int[] {1, 2, 3}, arrays.get("counts").toIntArray());
    }

    @Test
    void readsOneArrayByNameAndListsNames() {
        Path npz = sample(true);

        assertEquals(List.of("weights", "counts"), NpzReader.names(npz));
        assertEquals(ElementType.INT64, NpzReader.read(npz, "counts").type());
    }

    @Test
    void missingArrayListsTheArraysThatExist() {
        Path npz = sample(false);

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> NpzReader.read(npz, "bias"));

        assertTrue(e.getMessage().contains("no array 'bias'"), e.getMessage());
        assertTrue(e.getMessage().contains("[weights, counts]"), e.getMessage());
    }

    @Test
    void corruptEntryNamesTheEntry() {
        byte[] bad = npy("<f4", new int[] {1}, new double[] {1});
        bad[0] = 'x';
        Path npz = NpyTestFiles.npz(dir.resolve("bad.npz"), Map.of("oops", bad), false);

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> NpzReader.read(npz));

        assertTrue(e.getMessage().contains("bad.npz!oops.npy"), e.getMessage());
    }

    @Test
    void fileThatIsNotAZipIsMalformed() {
        Path file = IdxTestFiles.write(dir.resolve("plain.npz"), npy("<f4", new int[] {1}, new double[] {1}));

        MalformedDataException e = assertThrows(MalformedDataException.class, () -> NpzReader.read(file));

        assertTrue(e.getMessage().contains("not a zip archive"), e.getMessage());
    }

    @Test
    void missingFileNamesThePath() {
        Path missing = dir.resolve("pathmnist.npz");

        MissingDataException e = assertThrows(MissingDataException.class, () -> NpzReader.read(missing));

        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}
