package org.gdl4j.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the 2D single-label data sets of MedMNIST (J. Yang, R. Shi, D. Wei, Z. Liu, L. Zhao, B. Ke,
 * H. Pfister, B. Ni, "MedMNIST v2 - A large-scale lightweight benchmark for 2D and 3D biomedical
 * image classification", Scientific Data 10, 41, 2023), such as PathMNIST (the NCT-CRC-HE
 * histology images), DermaMNIST or BloodMNIST, from their {@code .npz} files.
 *
 * <p>A MedMNIST file holds {@code train_images}, {@code train_labels}, {@code val_images},
 * {@code val_labels}, {@code test_images} and {@code test_labels}. Images are {@code [N, H, W]}
 * (grayscale) or {@code [N, H, W, 3]} (RGB) unsigned bytes; labels are {@code [N, 1]} integers.
 * Multi-label sets (ChestMNIST, labels {@code [N, 14]}) and the 3D volumes {@code [N, D, H, W]} are
 * rejected with a {@link MalformedDataException}. Nothing is downloaded: pass the path of a file you
 * have.
 */
public final class MedMnist {

    private static final Logger LOG = LoggerFactory.getLogger(MedMnist.class);

    private MedMnist() {
    }

    /**
     * Loads a split with the class indices as names; the number of classes is one more than the
     * largest label in any split of the file.
     *
     * @return images {@code [N, C, H, W]} in [0, 1], {@code C} = 1 or 3
     */
    public static LabeledImages load(Path npz, Split split) {
        return load(npz, split, LabeledImages.indexClassNames(numClasses(npz)));
    }

    /**
     * Loads a split with the given class names (MedMNIST's {@code INFO[flag]['label']}, in index order).
     *
     * @return images {@code [N, C, H, W]} in [0, 1], {@code C} = 1 or 3
     * @throws MalformedDataException for multi-label or 3D files, or counts that differ
     */
    public static LabeledImages load(Path npz, Split split, List<String> classNames) {
        String prefix = prefix(split);
        NumericArray images = NpzReader.read(npz, prefix + "_images");
        int[] labels = singleLabels(NpzReader.read(npz, prefix + "_labels"), npz, prefix);
        checkImages(images, npz, prefix);
        if (labels.length != images.dim(0)) {
            throw new MalformedDataException(".npz file " + npz + ": image and label counts differ: "
                    + images.dim(0) + " " + prefix + "_images but " + labels.length + " " + prefix + "_labels");
        }
        LOG.debug("loading MedMNIST {} {} from {}", split, images, npz);
        String source = ".npz file " + npz + " array " + prefix + "_images";
        return new LabeledImages(PixelArrays.channelsLastToNchw(images, source), labels, classNames);
    }

    /** One more than the largest label over the file's train, val and test labels. */
    static int numClasses(Path npz) {
        List<String> names = NpzReader.names(npz);
        int max = 0;
        for (Split split : Split.values()) {
            String name = prefix(split) + "_labels";
            if (names.contains(name)) {
                int[] labels = singleLabels(NpzReader.read(npz, name), npz, prefix(split));
                max = Math.max(max, Arrays.stream(labels).max().orElse(0));
            }
        }
        return max + 1;
    }

    private static String prefix(Split split) {
        return switch (split) {
            case TRAIN -> "train";
            case VALIDATION -> "val";
            case TEST -> "test";
        };
    }

    private static int[] singleLabels(NumericArray labels, Path npz, String prefix) {
        int[] shape = labels.shape();
        boolean single = shape.length == 1 || (shape.length == 2 && shape[1] == 1);
        if (!single) {
            throw new MalformedDataException(".npz file " + npz + ": " + prefix + "_labels has shape "
                    + Arrays.toString(shape) + "; only single-label [N, 1] or [N] is supported, multi-label "
                    + "MedMNIST sets (such as ChestMNIST) are not");
        }
        if (!labels.type().isIntegral()) {
            throw new MalformedDataException(".npz file " + npz + ": " + prefix + "_labels holds " + labels.type()
                    + "; expected integer class indices");
        }
        return labels.toIntArray();
    }

    private static void checkImages(NumericArray images, Path npz, String prefix) {
        int[] shape = images.shape();
        boolean gray = shape.length == 3;
        boolean channelsLast = shape.length == 4 && (shape[3] == 1 || shape[3] == 3);
        if (!gray && !channelsLast) {
            throw new MalformedDataException(".npz file " + npz + ": " + prefix + "_images has shape "
                    + Arrays.toString(shape) + "; expected [N, H, W] (grayscale) or [N, H, W, 3] (RGB); "
                    + "3D MedMNIST volumes [N, D, H, W] are not supported");
        }
    }
}
