package org.gdl4j.nn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The file format shared by gdl4j's saved models, flows and VAEs: a zip holding one properties manifest and
 * one entry {@code array-i} per array in ND4J's binary format, which stores the raw values, so arrays load
 * back bit-identical. Each file type decides what its manifest says and how its arrays are named.
 */
public final class ArrayArchive {

    private ArrayArchive() {
    }

    /**
     * Writes a manifest and arrays, replacing the file if it exists.
     *
     * @param file the file
     * @param manifestName the manifest's entry name, e.g. {@code model.properties}
     * @param manifest the manifest's text
     * @param arrays the arrays, written as {@code array-0, array-1, …}
     * @param what what the file holds, for the error message (e.g. "model")
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Path file, String manifestName, String manifest, List<INDArray> arrays, String what) {
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            zip.putNextEntry(new ZipEntry(manifestName));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (int i = 0; i < arrays.size(); i++) {
                zip.putNextEntry(new ZipEntry("array-" + i));
                zip.write(Nd4j.toByteArray(arrays.get(i)));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the " + what + " to " + file, e);
        }
    }

    /**
     * Reads every entry of a file.
     *
     * @param file the file
     * @param what what the file should hold, for the error messages (e.g. "model")
     * @return the entries' bytes by name
     * @throws IllegalArgumentException if there is no such file or it is not a zip
     */
    public static Map<String, byte[]> read(Path file, String what) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no " + what + " file at " + file, e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a readable gdl4j " + what + " (a zip file): "
                    + e.getMessage(), e);
        }
        return entries;
    }

    /**
     * Parses a manifest.
     *
     * @param bytes the manifest entry's bytes, UTF-8
     * @return its properties
     */
    public static Properties properties(byte[] bytes) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * Decodes array {@code i} of a read file.
     *
     * @param entries the file's entries
     * @param index {@code i}
     * @return the array, or null if the file has no entry {@code array-i}
     */
    public static INDArray array(Map<String, byte[]> entries, int index) {
        byte[] bytes = entries.get("array-" + index);
        if (bytes == null) {
            return null;
        }
        return Nd4j.read(new ByteArrayInputStream(bytes));
    }
}
