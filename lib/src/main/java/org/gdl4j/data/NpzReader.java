package org.gdl4j.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads NumPy {@code .npz} archives: zip files (stored or deflated, as written by
 * {@code numpy.savez} and {@code numpy.savez_compressed}) holding one {@code .npy} file per array.
 * The array named {@code train_images} is the entry {@code train_images.npy}; entries not ending in
 * {@code .npy} are ignored. Each entry is parsed by {@link NpyReader}.
 */
public final class NpzReader {

    private static final String SUFFIX = ".npy";

    private NpzReader() {
    }

    /** The names of the arrays in the archive, in archive order, without the {@code .npy} suffix. */
    public static List<String> names(Path npz) {
        try (ZipFile zip = open(npz)) {
            return Collections.unmodifiableList(arrayNames(zip));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read .npz file " + npz, e);
        }
    }

    /** Reads every array of the archive: name (without {@code .npy}) to array, in archive order. */
    public static Map<String, NumericArray> read(Path npz) {
        try (ZipFile zip = open(npz)) {
            Map<String, NumericArray> arrays = new LinkedHashMap<>();
            for (String name : arrayNames(zip)) {
                arrays.put(name, readEntry(zip, npz, name));
            }
            return Collections.unmodifiableMap(arrays);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read .npz file " + npz, e);
        }
    }

    /**
     * Reads one array and leaves the others undecoded.
     *
     * @throws MalformedDataException if the archive has no entry {@code name + ".npy"}; the message
     *     lists the names it does have
     */
    public static NumericArray read(Path npz, String name) {
        try (ZipFile zip = open(npz)) {
            if (zip.getEntry(name + SUFFIX) == null) {
                throw new MalformedDataException(".npz file " + npz + " has no array '" + name
                        + "'; it holds " + arrayNames(zip));
            }
            return readEntry(zip, npz, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read .npz file " + npz, e);
        }
    }

    private static NumericArray readEntry(ZipFile zip, Path npz, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name + SUFFIX);
        try (InputStream in = zip.getInputStream(entry)) {
            return NpyReader.read(in, npz + "!" + entry.getName());
        } catch (ZipException e) {
            throw new MalformedDataException(".npz file " + npz + ": entry " + entry.getName()
                    + " cannot be decompressed: " + e.getMessage(), e);
        }
    }

    private static List<String> arrayNames(ZipFile zip) {
        List<String> names = new ArrayList<>();
        zip.stream()
                .map(ZipEntry::getName)
                .filter(name -> name.endsWith(SUFFIX))
                .forEach(name -> names.add(name.substring(0, name.length() - SUFFIX.length())));
        return names;
    }

    private static ZipFile open(Path npz) throws IOException {
        if (!Files.isRegularFile(npz)) {
            throw new MissingDataException(".npz file not found: " + npz);
        }
        try {
            return new ZipFile(npz.toFile());
        } catch (ZipException e) {
            throw new MalformedDataException(".npz file " + npz + " is not a zip archive (" + e.getMessage()
                    + "); an .npz file is a zip of .npy files", e);
        }
    }
}
