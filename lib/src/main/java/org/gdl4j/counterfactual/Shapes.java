package org.gdl4j.counterfactual;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Batch shape checks with messages that name the expected and the actual shape. */
final class Shapes {

    private Shapes() {
    }

    /** Checks that {@code batch} is {@code [N, sample…]} with {@code N ≥ 1}. */
    static void requireBatch(INDArray batch, long[] sample, String what) {
        long[] shape = batch.shape().clone();
        boolean matches = shape.length == sample.length + 1 && shape[0] >= 1
                && Arrays.equals(Arrays.copyOfRange(shape, 1, shape.length), sample);
        if (!matches) {
            throw new IllegalArgumentException("expected " + what + " [N, " + Arrays.toString(sample)
                    .replaceAll("[\\[\\]]", "") + "] but got " + Arrays.toString(shape));
        }
    }
}
