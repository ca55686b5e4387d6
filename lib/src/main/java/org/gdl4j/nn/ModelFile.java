package org.gdl4j.nn;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.gdl4j.Precision;

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
        Properties manifest = ArrayArchive.manifest(entries, MANIFEST, FORMAT, file, "model");
        if (!network.toString().equals(manifest.getProperty("network"))) {
            throw new IllegalArgumentException("the model in " + file + " was built from "
                    + manifest.getProperty("network") + " but the network given is " + network);
        }
        Model model = Model.build(network, Precision.valueOf(manifest.getProperty("precision")),
                ArrayArchive.initialization(manifest), shape(manifest.getProperty("sampleShape")));
        ArrayArchive.restore(entries, manifest, model.stateNames(), model::parameter, file, "model", "array",
                "the network");
        return model;
    }

    private static String manifest(Model model, List<String> names) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("precision", model.precision().name());
        ArrayArchive.putInitialization(p, model.initialization());
        p.setProperty("sampleShape", Arrays.toString(model.sampleShape()));
        p.setProperty("network", model.network().toString());
        p.setProperty("arrays", String.join(",", names));
        return ArrayArchive.text(p, "gdl4j model");
    }

    private static long[] shape(String text) {
        return Arrays.stream(text.replaceAll("[\\[\\] ]", "").split(",")).mapToLong(Long::parseLong).toArray();
    }
}
