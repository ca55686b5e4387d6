package org.gdl4j.nn;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.gdl4j.Precision;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Saves a trained {@link Model}'s arrays and loads them into a model of the same architecture, so that it
 * computes bit-identical outputs.
 *
 * <p>The file is a zip holding {@code model.properties} (format version, precision, initialisation, sample
 * shape, the network's description and the array names in order) and one entry per array in ND4J's binary
 * format, which stores the raw values. The architecture itself is code: load with the same network you
 * built the model from; a different network is rejected by its description and by array names and shapes.
 */
public final class ModelFile {

    private static final String MANIFEST = "model.properties";
    private static final String FORMAT = "1";

    private ModelFile() {
    }

    /**
     * Writes the model's parameters and running statistics.
     *
     * @param model the model
     * @param file the file to write (replaced if it exists)
     */
    public static void save(Model model, Path file) {
        List<String> names = model.stateNames();
        ArrayArchive.write(file, MANIFEST, manifest(model, names), names.stream().map(model::parameter).toList(),
                "model");
    }

    /**
     * Rebuilds a saved model.
     *
     * @param file a file written by {@link #save}
     * @param network the same architecture the model was built from
     * @return the model with the saved arrays
     * @throws IllegalArgumentException if the file is missing, not a gdl4j model, or of another architecture
     */
    public static Model load(Path file, Layer network) {
        Map<String, byte[]> entries = ArrayArchive.read(file, "model");
        byte[] manifestBytes = entries.get(MANIFEST);
        if (manifestBytes == null) {
            throw new IllegalArgumentException(file + " is not a gdl4j model: it has no " + MANIFEST);
        }
        Properties manifest = ArrayArchive.properties(manifestBytes);
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new IllegalArgumentException(file + " has model format " + manifest.getProperty("format")
                    + " but this version reads format " + FORMAT);
        }
        if (!network.toString().equals(manifest.getProperty("network"))) {
            throw new IllegalArgumentException("the model in " + file + " was built from " + manifest.getProperty("network")
                    + " but the network given is " + network);
        }
        Model model = Model.build(network, Precision.valueOf(manifest.getProperty("precision")),
                initialization(manifest), shape(manifest.getProperty("sampleShape")));
        restore(model, manifest, entries, file);
        return model;
    }

    private static void restore(Model model, Properties manifest, Map<String, byte[]> entries, Path file) {
        List<String> names = Arrays.asList(manifest.getProperty("arrays").split(","));
        if (!names.equals(model.stateNames())) {
            throw new IllegalArgumentException("the model in " + file + " has arrays " + names + " but the network has "
                    + model.stateNames());
        }
        for (int i = 0; i < names.size(); i++) {
            INDArray saved = ArrayArchive.array(entries, i);
            INDArray target = model.parameter(names.get(i));
            if (!Arrays.equals(saved.shape(), target.shape()) || saved.dataType() != target.dataType()) {
                throw new IllegalArgumentException("array '" + names.get(i) + "' in " + file + " is "
                        + Arrays.toString(saved.shape()) + " " + saved.dataType() + " but the network expects "
                        + Arrays.toString(target.shape()) + " " + target.dataType());
            }
            target.assign(saved);
        }
    }

    private static String manifest(Model model, List<String> names) {
        Properties p = new Properties();
        Initialization init = model.initialization();
        p.setProperty("format", FORMAT);
        p.setProperty("precision", model.precision().name());
        p.setProperty("parameterization", init.parameterization().name());
        p.setProperty("sigmaW", Double.toString(init.sigmaW()));
        p.setProperty("sigmaB", Double.toString(init.sigmaB()));
        p.setProperty("seed", Long.toString(init.seed()));
        p.setProperty("sampleShape", Arrays.toString(model.sampleShape()));
        p.setProperty("network", model.network().toString());
        p.setProperty("arrays", String.join(",", names));
        StringWriter writer = new StringWriter();
        try {
            p.store(writer, "gdl4j model");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.toString();
    }

    private static Initialization initialization(Properties p) {
        return new Initialization(Parameterization.valueOf(p.getProperty("parameterization")),
                Double.parseDouble(p.getProperty("sigmaW")), Double.parseDouble(p.getProperty("sigmaB")),
                Long.parseLong(p.getProperty("seed")));
    }

    private static long[] shape(String text) {
        return Arrays.stream(text.replaceAll("[\\[\\] ]", "").split(",")).mapToLong(Long::parseLong).toArray();
    }
}
