package org.gdl4j.flow;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gdl4j.Precision;
import org.gdl4j.nn.Nonlinearity;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Saves a trained {@link Vae} and loads it back; the loaded VAE computes bit-identical encodings, decodings and
 * ELBOs. The format follows {@link FlowFile}: a zip holding {@code vae.properties} (format version, precision,
 * seed, the whole {@link VaeArchitecture} and the parameter names in order) and one entry per array in ND4J's
 * binary format. The architecture is data here, so {@link #load} needs only the file.
 */
public final class VaeFile {

    private static final String MANIFEST = "vae.properties";
    private static final String FORMAT = "1";

    private VaeFile() {
    }

    /**
     * Writes the VAE.
     *
     * @param vae the VAE
     * @param file the file to write (replaced if it exists)
     */
    public static void save(Vae vae, Path file) {
        List<String> names = vae.parameterNames();
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest(vae).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry("array-" + i));
                zip.write(Nd4j.toByteArray(vae.parameter(names.get(i))));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the VAE to " + file, e);
        }
    }

    /**
     * Rebuilds a saved VAE.
     *
     * @param file a file written by {@link #save}
     * @return the VAE with the saved parameters
     * @throws IllegalArgumentException if the file is missing, not a gdl4j VAE, or of another format version
     */
    public static Vae load(Path file) {
        Map<String, byte[]> entries = readEntries(file);
        if (!entries.containsKey(MANIFEST)) {
            throw new IllegalArgumentException(file + " is not a gdl4j VAE: it has no " + MANIFEST);
        }
        Properties manifest = parse(new String(entries.get(MANIFEST), StandardCharsets.UTF_8));
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new IllegalArgumentException(file + " has VAE format " + manifest.getProperty("format")
                    + " but this version reads format " + FORMAT);
        }
        Vae vae = Vae.build(architecture(manifest), Precision.valueOf(manifest.getProperty("precision")),
                Long.parseLong(manifest.getProperty("seed")));
        restore(vae, Arrays.asList(manifest.getProperty("arrays").split(",")), entries, file);
        return vae;
    }

    private static void restore(Vae vae, List<String> names, Map<String, byte[]> entries, Path file) {
        if (!names.equals(vae.parameterNames())) {
            throw new IllegalArgumentException("the VAE in " + file + " has parameters " + names
                    + " but its architecture has " + vae.parameterNames());
        }
        for (int i = 0; i < names.size(); i++) {
            INDArray saved = Nd4j.fromByteArray(entries.get("array-" + i));
            INDArray target = vae.parameter(names.get(i));
            if (!Arrays.equals(saved.shape(), target.shape()) || saved.dataType() != target.dataType()) {
                throw new IllegalArgumentException("parameter '" + names.get(i) + "' in " + file + " is "
                        + Arrays.toString(saved.shape()) + " " + saved.dataType() + " but the architecture expects "
                        + Arrays.toString(target.shape()) + " " + target.dataType());
            }
            target.assign(saved);
        }
    }

    private static String manifest(Vae vae) throws IOException {
        Properties p = new Properties();
        VaeArchitecture a = vae.architecture();
        p.setProperty("format", FORMAT);
        p.setProperty("precision", vae.precision().name());
        p.setProperty("seed", Long.toString(vae.seed()));
        p.setProperty("image", a.image().channels() + "," + a.image().height() + "," + a.image().width());
        p.setProperty("latentDimension", Integer.toString(a.latentDimension()));
        p.setProperty("network", a.network().name());
        p.setProperty("width", Integer.toString(a.width()));
        p.setProperty("depth", Integer.toString(a.depth()));
        p.setProperty("activation", a.activation().name());
        p.setProperty("arrays", String.join(",", vae.parameterNames()));
        StringWriter writer = new StringWriter();
        p.store(writer, "gdl4j VAE");
        return writer.toString();
    }

    private static VaeArchitecture architecture(Properties p) {
        int[] image = Arrays.stream(p.getProperty("image").split(",")).mapToInt(Integer::parseInt).toArray();
        return new VaeArchitecture(new ImageShape(image[0], image[1], image[2]),
                Integer.parseInt(p.getProperty("latentDimension")), VaeNetwork.valueOf(p.getProperty("network")),
                Integer.parseInt(p.getProperty("width")), Integer.parseInt(p.getProperty("depth")),
                Nonlinearity.valueOf(p.getProperty("activation")));
    }

    private static Properties parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Map<String, byte[]> readEntries(Path file) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no VAE file at " + file, e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a readable gdl4j VAE (a zip file): " + e.getMessage(),
                    e);
        }
        return entries;
    }
}
