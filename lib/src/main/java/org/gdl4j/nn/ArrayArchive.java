package org.gdl4j.nn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The file format shared by gdl4j's saved models, flows and VAEs: a zip holding one properties manifest and
 * one entry {@code array-i} per array in ND4J's binary format, which stores the raw values, so arrays load
 * back bit-identical. Each file type decides what its manifest says and how its arrays are named; the checks
 * on reading (manifest present, format version, array names, shapes and data types) are shared here.
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

    /**
     * Reads and checks a read file's manifest: it must be present and carry the expected format version.
     *
     * @param entries the file's entries, from {@link #read}
     * @param manifestName the manifest's entry name
     * @param format the format version this code reads
     * @param file the file, for the error messages
     * @param what what the file should hold, e.g. "model"
     * @return the manifest's properties
     * @throws IllegalArgumentException if the manifest is missing or of another format version
     */
    public static Properties manifest(Map<String, byte[]> entries, String manifestName, String format, Path file,
            String what) {
        byte[] bytes = entries.get(manifestName);
        if (bytes == null) {
            throw new IllegalArgumentException(file + " is not a gdl4j " + what + ": it has no " + manifestName);
        }
        Properties manifest = properties(bytes);
        if (!format.equals(manifest.getProperty("format"))) {
            throw new IllegalArgumentException(file + " has " + what + " format " + manifest.getProperty("format")
                    + " but this version reads format " + format);
        }
        return manifest;
    }

    /**
     * A manifest's text.
     *
     * @param manifest its properties
     * @param comment the comment line written first
     * @return the text to pass to {@link #write}
     */
    public static String text(Properties manifest, String comment) {
        StringWriter writer = new StringWriter();
        try {
            manifest.store(writer, comment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.toString();
    }

    /**
     * Records a parameter initialisation in a manifest (parameterisation, σ_w, σ_b, seed).
     *
     * @param manifest the manifest being written
     * @param init the initialisation
     */
    public static void putInitialization(Properties manifest, Initialization init) {
        manifest.setProperty("parameterization", init.parameterization().name());
        manifest.setProperty("sigmaW", Double.toString(init.sigmaW()));
        manifest.setProperty("sigmaB", Double.toString(init.sigmaB()));
        manifest.setProperty("seed", Long.toString(init.seed()));
    }

    /**
     * The initialisation recorded by {@link #putInitialization}.
     *
     * @param manifest a read manifest
     * @return the initialisation
     */
    public static Initialization initialization(Properties manifest) {
        return new Initialization(Parameterization.valueOf(manifest.getProperty("parameterization")),
                Double.parseDouble(manifest.getProperty("sigmaW")), Double.parseDouble(manifest.getProperty("sigmaB")),
                Long.parseLong(manifest.getProperty("seed")));
    }

    /**
     * Assigns the saved arrays, listed in the manifest's {@code arrays} property, to the receiver's arrays of the
     * same names, after checking that the names, shapes and data types agree.
     *
     * @param entries the file's entries
     * @param manifest the read manifest
     * @param expected the receiver's array names, in order
     * @param target the receiver's array of each name, assigned in place
     * @param file the file, for the error messages
     * @param what what the file holds, e.g. "flow"
     * @param item what one array is called, e.g. "parameter"
     * @param owner what defines the receiver's arrays, e.g. "the bijection"
     * @throws IllegalArgumentException if the names, a shape or a data type differ
     */
    public static void restore(Map<String, byte[]> entries, Properties manifest, List<String> expected,
            Function<String, INDArray> target, Path file, String what, String item, String owner) {
        List<String> names = Arrays.asList(manifest.getProperty("arrays").split(","));
        if (!names.equals(expected)) {
            throw new IllegalArgumentException("the " + what + " in " + file + " has " + item + "s " + names + " but "
                    + owner + " has " + expected);
        }
        for (int i = 0; i < names.size(); i++) {
            INDArray saved = array(entries, i);
            INDArray receiver = target.apply(names.get(i));
            if (saved == null || !Arrays.equals(saved.shape(), receiver.shape())
                    || saved.dataType() != receiver.dataType()) {
                String found = saved == null ? "missing" : Arrays.toString(saved.shape()) + " " + saved.dataType();
                throw new IllegalArgumentException(item + " '" + names.get(i) + "' in " + file + " is " + found
                        + " but " + owner + " expects " + Arrays.toString(receiver.shape()) + " "
                        + receiver.dataType());
            }
            receiver.assign(saved);
        }
    }
}
