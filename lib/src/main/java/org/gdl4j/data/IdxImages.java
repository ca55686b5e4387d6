package org.gdl4j.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Loads a labelled image data set from a pair of IDX files, as MNIST, FashionMNIST, KMNIST and
 * EMNIST ship them: images {@code [N, H, W]} of unsigned bytes (0 is background) and labels
 * {@code [N]} of small integers.
 *
 * <p>The headers of both files are read first, so a count mismatch is reported before any pixel is
 * decoded. Pixels are divided by 255 into float32; the result is {@code [N, 1, H, W]}.
 */
public final class IdxImages {

    private IdxImages() {
    }

    /**
     * Loads all images and labels.
     *
     * @param imageFile IDX images {@code [N, H, W]} ({@link ElementType#UINT8}, or floats in [0, 1])
     * @param labelFile IDX labels {@code [N]}, integers in {@code [0, classNames.size())}
     * @return images {@code [N, 1, H, W]} in [0, 1]
     * @throws MalformedDataException if the files do not fit together
     */
    public static LabeledImages load(Path imageFile, Path labelFile, List<String> classNames) {
        return load(imageFile, labelFile, classNames, Integer.MAX_VALUE);
    }

    /**
     * Loads the first {@code min(n, N)} images and labels, decompressing and decoding no more of
     * either file than that.
     *
     * @param n at least 1
     * @return images {@code [min(n, N), 1, H, W]} in [0, 1]
     */
    public static LabeledImages loadFirst(Path imageFile, Path labelFile, List<String> classNames, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1 but was " + n);
        }
        return load(imageFile, labelFile, classNames, n);
    }

    private static LabeledImages load(Path imageFile, Path labelFile, List<String> classNames, int n) {
        checkHeaders(imageFile, IdxReader.readHeader(imageFile), labelFile, IdxReader.readHeader(labelFile));
        boolean whole = n == Integer.MAX_VALUE;
        NumericArray images = whole ? IdxReader.read(imageFile) : IdxReader.readFirst(imageFile, n);
        NumericArray labels = whole ? IdxReader.read(labelFile) : IdxReader.readFirst(labelFile, n);
        return new LabeledImages(PixelArrays.channelsLastToNchw(images, "IDX file " + imageFile),
                labels.toIntArray(), classNames);
    }

    private static void checkHeaders(Path imageFile, IdxHeader images, Path labelFile, IdxHeader labels) {
        if (images.dims().length != 3) {
            throw new MalformedDataException("IDX file " + imageFile + ": expected images [N, H, W] but the dims are "
                    + Arrays.toString(images.dims()));
        }
        if (labels.dims().length != 1 || !labels.type().isIntegral()) {
            throw new MalformedDataException("IDX file " + labelFile + ": expected integer labels [N] but found "
                    + labels);
        }
        if (images.itemCount() != labels.itemCount()) {
            throw new MalformedDataException("image and label counts differ: " + images.itemCount() + " images in "
                    + imageFile + " but " + labels.itemCount() + " labels in " + labelFile);
        }
    }
}
