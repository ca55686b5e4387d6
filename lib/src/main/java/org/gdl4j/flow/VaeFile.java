package org.gdl4j.flow;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.gdl4j.Precision;
import org.gdl4j.nn.ArrayArchive;
import org.gdl4j.nn.Nonlinearity;

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
        ArrayArchive.write(file, MANIFEST, manifest(vae), names.stream().map(vae::parameter).toList(), "VAE");
    }

    /**
     * Rebuilds a saved VAE.
     *
     * @param file a file written by {@link #save}
     * @return the VAE with the saved parameters
     * @throws IllegalArgumentException if the file is missing, not a gdl4j VAE, or of another format version
     */
    public static Vae load(Path file) {
        Map<String, byte[]> entries = ArrayArchive.read(file, "VAE");
        Properties manifest = ArrayArchive.manifest(entries, MANIFEST, FORMAT, file, "VAE");
        Vae vae = Vae.build(architecture(manifest), Precision.valueOf(manifest.getProperty("precision")),
                Long.parseLong(manifest.getProperty("seed")));
        ArrayArchive.restore(entries, manifest, vae.parameterNames(), vae::parameter, file, "VAE", "parameter",
                "its architecture");
        return vae;
    }

    private static String manifest(Vae vae) {
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
        return ArrayArchive.text(p, "gdl4j VAE");
    }

    private static VaeArchitecture architecture(Properties p) {
        int[] image = Arrays.stream(p.getProperty("image").split(",")).mapToInt(Integer::parseInt).toArray();
        return new VaeArchitecture(new ImageShape(image[0], image[1], image[2]),
                Integer.parseInt(p.getProperty("latentDimension")), VaeNetwork.valueOf(p.getProperty("network")),
                Integer.parseInt(p.getProperty("width")), Integer.parseInt(p.getProperty("depth")),
                Nonlinearity.valueOf(p.getProperty("activation")));
    }
}
