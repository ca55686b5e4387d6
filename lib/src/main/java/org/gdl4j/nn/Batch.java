package org.gdl4j.nn;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A minibatch: samples and their class labels.
 *
 * @param images {@code [B, sampleShape…]}
 * @param labels {@code B} class indices
 */
public record Batch(INDArray images, int[] labels) {

    /** Validates that there is one label per sample. */
    public Batch {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(labels, "labels");
        if (images.size(0) != labels.length) {
            throw new IllegalArgumentException("expected one label per sample (" + images.size(0) + ") but got "
                    + labels.length);
        }
    }

    /** @return the number of samples */
    public int size() {
        return labels.length;
    }
}
