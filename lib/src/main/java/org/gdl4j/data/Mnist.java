package org.gdl4j.data;

import java.nio.file.Path;
import java.util.List;

/**
 * The MNIST handwritten digits (LeCun, Cortes and Burges,
 * <a href="http://yann.lecun.com/exdb/mnist/">http://yann.lecun.com/exdb/mnist/</a>) from a folder
 * holding the four IDX files under their original names (see {@link MnistFiles}). 28 × 28 grayscale
 * images, classes {@code "0"} to {@code "9"}; 60 000 training and 10 000 test images.
 *
 * <p>MNIST is not packaged for Debian, so gdl4j has no default folder for it; {@link FashionMnist}
 * is the drop-in substitute that is.
 */
public final class Mnist {

    /** The class names, {@code "0"} to {@code "9"}. */
    public static final List<String> CLASS_NAMES = LabeledImages.indexClassNames(10);

    private Mnist() {
    }

    /**
     * Loads a split.
     *
     * @param split {@link Split#TRAIN} or {@link Split#TEST}
     * @return images {@code [N, 1, 28, 28]} in [0, 1]
     */
    public static LabeledImages load(Split split, Path folder) {
        MnistFiles files = MnistFiles.locate(folder, split, "MNIST", "Pass the folder that holds the MNIST files.");
        return IdxImages.load(files.images(), files.labels(), CLASS_NAMES);
    }

    /**
     * Loads the first {@code min(n, N)} images of a split, decoding no more.
     *
     * @return images {@code [min(n, N), 1, 28, 28]} in [0, 1]
     */
    public static LabeledImages loadFirst(Split split, int n, Path folder) {
        MnistFiles files = MnistFiles.locate(folder, split, "MNIST", "Pass the folder that holds the MNIST files.");
        return IdxImages.loadFirst(files.images(), files.labels(), CLASS_NAMES, n);
    }
}
