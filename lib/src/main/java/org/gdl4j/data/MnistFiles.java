package org.gdl4j.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The image and label files of one split of an MNIST-style data set, found in a folder by the
 * names MNIST uses: {@code train-images-idx3-ubyte.gz}, {@code train-labels-idx1-ubyte.gz},
 * {@code t10k-images-idx3-ubyte.gz}, {@code t10k-labels-idx1-ubyte.gz}, each also accepted without
 * {@code .gz} (decompressed). FashionMNIST uses the same names.
 *
 * @param images the IDX image file, {@code [N, H, W]} unsigned bytes
 * @param labels the IDX label file, {@code [N]} unsigned bytes
 */
public record MnistFiles(Path images, Path labels) {

    private static final String GENERIC_REMEDY = "Pass the folder that holds these files.";

    /** Checks for nulls. */
    public MnistFiles {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(labels, "labels");
    }

    /**
     * Finds the files of {@code split} in {@code folder}, preferring the gzipped name.
     *
     * @param split {@link Split#TRAIN} or {@link Split#TEST}
     * @throws MissingDataException naming the folder and the file names looked for
     */
    public static MnistFiles locate(Path folder, Split split) {
        return locate(folder, split, "MNIST-style", GENERIC_REMEDY);
    }

    /** As {@link #locate(Path, Split)}, with the data set's name and how to install it in the message. */
    static MnistFiles locate(Path folder, Split split, String dataset, String remedy) {
        String prefix = prefix(split, dataset);
        String imageName = prefix + "-images-idx3-ubyte";
        String labelName = prefix + "-labels-idx1-ubyte";
        if (!Files.isDirectory(folder)) {
            throw new MissingDataException(dataset + " folder " + folder + " does not exist; expected it to hold "
                    + expectedNames(imageName, labelName) + ". " + remedy);
        }
        Optional<Path> images = find(folder, imageName);
        Optional<Path> labels = find(folder, labelName);
        if (images.isEmpty() || labels.isEmpty()) {
            throw new MissingDataException(dataset + " " + split + " files not found in " + folder + ": expected "
                    + expectedNames(imageName, labelName) + ". " + remedy);
        }
        return new MnistFiles(images.get(), labels.get());
    }

    /** The split's file prefix: {@code train} or {@code t10k}. */
    private static String prefix(Split split, String dataset) {
        return switch (split) {
            case TRAIN -> "train";
            case TEST -> "t10k";
            case VALIDATION -> throw new IllegalArgumentException(dataset
                    + " data sets have TRAIN and TEST splits only; hold out part of TRAIN for validation");
        };
    }

    private static Optional<Path> find(Path folder, String name) {
        return List.of(name + ".gz", name).stream()
                .map(folder::resolve)
                .filter(Files::isRegularFile)
                .findFirst();
    }

    private static String expectedNames(String imageName, String labelName) {
        return imageName + ".gz and " + labelName + ".gz (or the same names without .gz)";
    }
}
