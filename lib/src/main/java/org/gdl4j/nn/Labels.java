package org.gdl4j.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Class labels as one-hot arrays and accuracy counting. */
final class Labels {

    private Labels() {
    }

    /** One-hot rows {@code [N, K]} of the given type; rejects labels outside {@code [0, K)}. */
    static INDArray oneHot(int[] labels, int classes, DataType type) {
        INDArray oneHot = Nd4j.zeros(type, labels.length, classes);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("expected labels in [0, " + classes + ") but label " + i
                        + " is " + labels[i]);
            }
            oneHot.putScalar(i, labels[i], 1.0);
        }
        return oneHot;
    }

    /** The number of rows of {@code logits [N, K]} whose largest entry is at the label. */
    static long countCorrect(INDArray logits, int[] labels) {
        int[] predicted = logits.argMax(1).toIntVector();
        long correct = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predicted[i] == labels[i]) {
                correct++;
            }
        }
        return correct;
    }
}
