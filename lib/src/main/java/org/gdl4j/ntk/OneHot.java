package org.gdl4j.ntk;

import java.util.Objects;

/**
 * Classification by kernel regression on one-hot targets: encode labels as target rows, regress, and predict
 * the class of the largest score.
 *
 * <p>Shapes: labels {@code [N]} in {@code 0..k−1}; targets and scores {@code [N][k]}.
 */
public final class OneHot {

    private OneHot() {
    }

    /**
     * One-hot rows, {@code 1} at the label and {@code 0} elsewhere.
     *
     * @param labels  class indices
     * @param classes {@code k ≥ 2}
     * @return {@code [N][k]}
     * @throws IllegalArgumentException if a label is outside {@code 0..k−1} or {@code k < 2}
     */
    public static double[][] encode(int[] labels, int classes) {
        return shifted(labels, classes, 0);
    }

    /**
     * One-hot rows minus {@code 1/k}, so that each row sums to zero (the targets of the paper's and
     * neural-tangents' classification examples).
     *
     * @param labels  class indices
     * @param classes {@code k ≥ 2}
     * @return {@code [N][k]}
     * @throws IllegalArgumentException if a label is outside {@code 0..k−1} or {@code k < 2}
     */
    public static double[][] centred(int[] labels, int classes) {
        return shifted(labels, classes, 1.0 / classes);
    }

    private static double[][] shifted(int[] labels, int classes, double shift) {
        Objects.requireNonNull(labels, "labels");
        if (classes < 2) {
            throw new IllegalArgumentException("expected at least 2 classes but got " + classes);
        }
        double[][] out = new double[labels.length][classes];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("expected labels in 0.." + (classes - 1) + " but label " + i
                        + " is " + labels[i]);
            }
            java.util.Arrays.fill(out[i], -shift);
            out[i][labels[i]] += 1;
        }
        return out;
    }

    /**
     * The class of the largest score in each row (the first on ties).
     *
     * @param scores {@code [N][k]}, {@code k ≥ 1}
     * @return predicted labels {@code [N]}
     * @throws IllegalArgumentException if the rows are ragged or empty
     */
    public static int[] argmax(double[][] scores) {
        int classes = Matrices.columns(scores, "scores");
        if (scores.length > 0 && classes < 1) {
            throw new IllegalArgumentException("expected scores [N][k ≥ 1] but got rows of 0 entries");
        }
        int[] out = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (scores[i][c] > scores[i][best]) {
                    best = c;
                }
            }
            out[i] = best;
        }
        return out;
    }

    /**
     * The fraction of predictions equal to the labels.
     *
     * @param predicted predicted labels {@code [N]}
     * @param labels    true labels {@code [N]}, {@code N ≥ 1}
     * @return accuracy in {@code [0, 1]}
     * @throws IllegalArgumentException if the lengths differ or are zero
     */
    public static double accuracy(int[] predicted, int[] labels) {
        if (predicted.length != labels.length || labels.length == 0) {
            throw new IllegalArgumentException("expected predictions and labels of one non-zero length but got "
                    + predicted.length + " and " + labels.length);
        }
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            correct += predicted[i] == labels[i] ? 1 : 0;
        }
        return (double) correct / labels.length;
    }
}
