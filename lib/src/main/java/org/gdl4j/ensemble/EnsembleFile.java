package org.gdl4j.ensemble;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.gdl4j.nn.Layer;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.ModelFile;

/**
 * Saves a trained {@link Ensemble} to a folder and loads it back with bit-identical members.
 *
 * <p>The folder holds {@code ensemble.properties} (format version and member count) and one
 * {@link ModelFile} per member, {@code member-000.zip}, {@code member-001.zip}, …. As for single models, the
 * architecture is code: load with the network the members were built from.
 */
public final class EnsembleFile {

    private static final String MANIFEST = "ensemble.properties";
    private static final String FORMAT = "1";

    private EnsembleFile() {
    }

    /**
     * Writes every member into a folder, created if needed; existing member files are replaced.
     *
     * @param ensemble the ensemble
     * @param folder the folder
     */
    public static void save(Ensemble ensemble, Path folder) {
        Objects.requireNonNull(ensemble, "ensemble");
        Objects.requireNonNull(folder, "folder");
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < ensemble.size(); i++) {
                ModelFile.save(ensemble.member(i), folder.resolve(memberFile(i)));
            }
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("members", Integer.toString(ensemble.size()));
            try (Writer out = Files.newBufferedWriter(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
                manifest.store(out, "gdl4j ensemble");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the ensemble to " + folder, e);
        }
    }

    /**
     * Loads a saved ensemble.
     *
     * @param folder a folder written by {@link #save}
     * @param network the architecture the members were built from
     * @return the ensemble, members in their saved order
     * @throws IllegalArgumentException if the folder is not a saved ensemble, a member file is missing, or the
     *                                  members are of another architecture
     */
    public static Ensemble load(Path folder, Layer network) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(network, "network");
        Path manifestFile = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new IllegalArgumentException(folder + " is not a saved gdl4j ensemble: it has no " + MANIFEST);
        }
        int count = memberCount(manifestFile);
        List<Model> members = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve(memberFile(i));
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("the ensemble in " + folder + " lists " + count
                        + " members but " + file.getFileName() + " is missing");
            }
            members.add(ModelFile.load(file, network));
        }
        return Ensemble.of(members);
    }

    private static int memberCount(Path manifestFile) {
        Properties manifest = new Properties();
        try (Reader in = Files.newBufferedReader(manifestFile, StandardCharsets.UTF_8)) {
            manifest.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + manifestFile, e);
        }
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new IllegalArgumentException(manifestFile + " has format " + manifest.getProperty("format")
                    + " but this version reads format " + FORMAT);
        }
        try {
            int count = Integer.parseInt(manifest.getProperty("members", ""));
            if (count < 1) {
                throw new NumberFormatException();
            }
            return count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(manifestFile + " must give a member count ≥ 1 but has members="
                    + manifest.getProperty("members"), e);
        }
    }

    private static String memberFile(int index) {
        return String.format("member-%03d.zip", index);
    }
}
