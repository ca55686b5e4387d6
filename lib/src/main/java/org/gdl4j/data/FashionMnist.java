package org.gdl4j.data;

import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fashion-MNIST (H. Xiao, K. Rasul, R. Vollgraf, "Fashion-MNIST: a novel image dataset for
 * benchmarking machine learning algorithms", arXiv:1708.07747, 2017): 28 × 28 grayscale images of
 * clothing in 10 classes, 60 000 for training and 10 000 for testing, 6 000 and 1 000 per class.
 *
 * <p>The files are the four IDX files named as in MNIST (see {@link MnistFiles}). By default they
 * are read from the folder of the Debian package {@code dataset-fashion-mnist},
 * {@value #DEBIAN_FOLDER}; the environment variable {@value #ENVIRONMENT_VARIABLE}, when set and not
 * blank, names another folder. Nothing is downloaded.
 */
public final class FashionMnist {

    /** The environment variable that overrides the default folder. */
    public static final String ENVIRONMENT_VARIABLE = "GDL4J_DATA";

    /** Where the Debian package {@code dataset-fashion-mnist} installs the files. */
    public static final String DEBIAN_FOLDER = "/usr/share/datasets/fashion-mnist";

    /** The class names, in label order. */
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private static final Logger LOG = LoggerFactory.getLogger(FashionMnist.class);
    private static final String REMEDY = "Install the Debian package dataset-fashion-mnist "
            + "(apt-get install dataset-fashion-mnist) or set " + ENVIRONMENT_VARIABLE + " to a folder holding "
            + "train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz and "
            + "t10k-labels-idx1-ubyte.gz (gzipped or not).";

    private FashionMnist() {
    }

    /** The default folder: {@value #ENVIRONMENT_VARIABLE} if set, else {@value #DEBIAN_FOLDER}. */
    public static Path defaultFolder() {
        return defaultFolder(System.getenv(ENVIRONMENT_VARIABLE));
    }

    /**
     * The default folder given the value of {@value #ENVIRONMENT_VARIABLE}.
     *
     * @param environmentValue the variable's value, or {@code null} when it is not set
     * @return {@code environmentValue} as a path, or {@value #DEBIAN_FOLDER} when it is null or blank
     */
    public static Path defaultFolder(String environmentValue) {
        boolean unset = environmentValue == null || environmentValue.isBlank();
        return Path.of(unset ? DEBIAN_FOLDER : environmentValue.strip());
    }

    /** Loads a split from {@link #defaultFolder()}; images {@code [N, 1, 28, 28]} in [0, 1]. */
    public static LabeledImages load(Split split) {
        return load(split, defaultFolder());
    }

    /**
     * Loads a split from {@code folder}.
     *
     * @param split {@link Split#TRAIN} (60 000 images) or {@link Split#TEST} (10 000)
     * @return images {@code [N, 1, 28, 28]} in [0, 1]
     * @throws MissingDataException naming the files expected, the folder, and how to install them
     */
    public static LabeledImages load(Split split, Path folder) {
        MnistFiles files = files(split, folder);
        LOG.debug("loading Fashion-MNIST {} from {}", split, folder);
        return IdxImages.load(files.images(), files.labels(), CLASS_NAMES);
    }

    /** The first {@code min(n, N)} images of a split from {@link #defaultFolder()}. */
    public static LabeledImages loadFirst(Split split, int n) {
        return loadFirst(split, n, defaultFolder());
    }

    /**
     * The first {@code min(n, N)} images of a split, without decompressing or decoding the rest;
     * quick for notebooks.
     *
     * @param n at least 1
     * @return images {@code [min(n, N), 1, 28, 28]} in [0, 1]
     */
    public static LabeledImages loadFirst(Split split, int n, Path folder) {
        MnistFiles files = files(split, folder);
        return IdxImages.loadFirst(files.images(), files.labels(), CLASS_NAMES, n);
    }

    /** The image and label files of {@code split} in {@code folder}. */
    static MnistFiles files(Split split, Path folder) {
        return MnistFiles.locate(folder, split, "Fashion-MNIST", REMEDY);
    }
}
