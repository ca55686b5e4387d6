package org.gdl4j.grid;

import java.util.Arrays;
import java.util.Objects;
import org.gdl4j.Precision;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Validation of image batches {@code [N, C, H, W]} shared by the actions of this package. */
final class ImageArrays {

    private ImageArrays() {
    }

    /**
     * Checks that {@code images} is a non-empty rank-4 FLOAT or DOUBLE array.
     *
     * @throws IllegalArgumentException naming the expected and the actual shape or data type
     */
    static void requireImages(INDArray images) {
        Objects.requireNonNull(images, "images");
        if (images.rank() != 4) {
            throw new IllegalArgumentException("expected images [N, C, H, W] (rank 4) but got shape "
                    + Arrays.toString(images.shape()) + " (rank " + images.rank() + ")");
        }
        if (images.length() == 0) {
            throw new IllegalArgumentException("expected non-empty images [N, C, H, W] but got shape "
                    + Arrays.toString(images.shape()));
        }
        Precision.of(images.dataType());
    }

    static int height(INDArray images) {
        return Math.toIntExact(images.size(2));
    }

    static int width(INDArray images) {
        return Math.toIntExact(images.size(3));
    }
}
