package org.gdl4j.flow;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.gdl4j.Precision;
import org.gdl4j.nn.ArrayArchive;

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
        Properties manifest = ArrayArchive.manifest(entries, MANIFEST, FORMAT, file, "flow");
        if (!bijection.toString().equals(manifest.getProperty("bijection"))) {
            throw new IllegalArgumentException("the flow in " + file + " was built from "
                    + manifest.getProperty("bijection") + " but the bijection given is " + bijection);
        }
        Flow flow = Flow.build(bijection, Precision.valueOf(manifest.getProperty("precision")),
                ArrayArchive.initialization(manifest));
        ArrayArchive.restore(entries, manifest, flow.parameterNames(), flow::parameter, file, "flow", "parameter",
                "the bijection");
        return flow;
    }

    private static String manifest(Flow flow) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("precision", flow.precision().name());
        ArrayArchive.putInitialization(p, flow.initialization());
        p.setProperty("bijection", flow.bijection().toString());
        p.setProperty("arrays", String.join(",", flow.parameterNames()));
        return ArrayArchive.text(p, "gdl4j flow");
    }
}
