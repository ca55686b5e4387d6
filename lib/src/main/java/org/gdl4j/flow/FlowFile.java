package org.gdl4j.flow;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.gdl4j.Precision;
import org.gdl4j.nn.ArrayArchive;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Parameterization;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Saves a trained {@link Flow}'s parameters and loads them into a flow of the same architecture, which then
 * computes bit-identical log-likelihoods. The format follows {@link org.gdl4j.nn.ModelFile}: a zip holding
 * {@code flow.properties} (format version, precision, initialisation, the bijection's description and the
 * parameter names in order) and one entry per array in ND4J's binary format. The architecture is code: load
 * with the same bijection; another one is rejected by its description and by parameter names and shapes.
 */
public final class FlowFile {

    private static final String MANIFEST = "flow.properties";
    private static final String FORMAT = "1";

    private FlowFile() {
    }

    /**
     * Writes the flow's parameters.
     *
     * @param flow the flow
     * @param file the file to write (replaced if it exists)
     */
    public static void save(Flow flow, Path file) {
        List<String> names = flow.parameterNames();
        ArrayArchive.write(file, MANIFEST, manifest(flow), names.stream().map(flow::parameter).toList(), "flow");
    }

    /**
     * Rebuilds a saved flow.
     *
     * @param file a file written by {@link #save}
     * @param bijection the same bijection the flow was built from
     * @return the flow with the saved parameters
     * @throws IllegalArgumentException if the file is missing, not a gdl4j flow, or of another architecture
     */
    public static Flow load(Path file, Bijection bijection) {
        Map<String, byte[]> entries = ArrayArchive.read(file, "flow");
        if (!entries.containsKey(MANIFEST)) {
            throw new IllegalArgumentException(file + " is not a gdl4j flow: it has no " + MANIFEST);
        }
        Properties manifest = ArrayArchive.properties(entries.get(MANIFEST));
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new IllegalArgumentException(file + " has flow format " + manifest.getProperty("format")
                    + " but this version reads format " + FORMAT);
        }
        if (!bijection.toString().equals(manifest.getProperty("bijection"))) {
            throw new IllegalArgumentException("the flow in " + file + " was built from "
                    + manifest.getProperty("bijection") + " but the bijection given is " + bijection);
        }
        Flow flow = Flow.build(bijection, Precision.valueOf(manifest.getProperty("precision")),
                initialization(manifest));
        restore(flow, Arrays.asList(manifest.getProperty("arrays").split(",")), entries, file);
        return flow;
    }

    private static void restore(Flow flow, List<String> names, Map<String, byte[]> entries, Path file) {
        if (!names.equals(flow.parameterNames())) {
            throw new IllegalArgumentException("the flow in " + file + " has parameters " + names
                    + " but the bijection has " + flow.parameterNames());
        }
        for (int i = 0; i < names.size(); i++) {
            INDArray saved = ArrayArchive.array(entries, i);
            INDArray target = flow.parameter(names.get(i));
            if (!Arrays.equals(saved.shape(), target.shape()) || saved.dataType() != target.dataType()) {
                throw new IllegalArgumentException("parameter '" + names.get(i) + "' in " + file + " is "
                        + Arrays.toString(saved.shape()) + " " + saved.dataType() + " but the bijection expects "
                        + Arrays.toString(target.shape()) + " " + target.dataType());
            }
            target.assign(saved);
        }
    }

    private static String manifest(Flow flow) {
        Properties p = new Properties();
        Initialization init = flow.initialization();
        p.setProperty("format", FORMAT);
        p.setProperty("precision", flow.precision().name());
        p.setProperty("parameterization", init.parameterization().name());
        p.setProperty("sigmaW", Double.toString(init.sigmaW()));
        p.setProperty("sigmaB", Double.toString(init.sigmaB()));
        p.setProperty("seed", Long.toString(init.seed()));
        p.setProperty("bijection", flow.bijection().toString());
        p.setProperty("arrays", String.join(",", flow.parameterNames()));
        StringWriter writer = new StringWriter();
        try {
            p.store(writer, "gdl4j flow");
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
}
