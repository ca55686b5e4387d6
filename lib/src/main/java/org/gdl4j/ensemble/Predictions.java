package org.gdl4j.ensemble;

import java.util.Objects;

/**
 * Class predictions from logits: the argmax with a fixed tie rule, and accuracy against labels.
 *
 * <p><b>Tie rule.</b> When several classes share the largest logit, the prediction is the <em>lowest</em> of
 * their indices. Every metric of this package ({@link OrbitSamePrediction} in particular) predicts through
 * {@link #argmax(double[])}, so the rule is the same everywhere (brief pitfall 7: a fixed tie-break).
 *
 * <p>Shapes: {@code K} is the number of classes, {@code N} the number of inputs, {@code |G|} the group
 * order; orbit logits are {@code double[|G|][N][K]} with index 0 the identity element.
 */
public final class Predictions {

    private Predictions() {
    }

    /**
     * The predicted class of one logit vector.
     *
     * @param logits {@code [K]}, {@code K >= 1}, finite
     * @return the index of the largest logit; the lowest such index on a tie
     * @throws IllegalArgumentException if {@code logits} is empty or holds a NaN or infinite value
     */
    public static int argmax(double[] logits) {
        Objects.requireNonNull(logits, "logits");
        if (logits.length == 0) {
            throw new IllegalArgumentException("expected at least one logit (K >= 1) but got K = 0");
        }
        int best = 0;
        for (int k = 0; k < logits.length; k++) {
            if (!Double.isFinite(logits[k])) {
                throw new IllegalArgumentException("expected finite logits but logits[" + k + "] = " + logits[k]);
            }
            if (logits[k] > logits[best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * The accuracy of the identity-element predictions, i.e. of {@code f(x_n)} on the untransformed inputs.
     *
     * @param logits orbit logits {@code [|G|][N][K]}; only {@code logits[0]} enters the accuracy, but the whole
     *               array is validated
     * @param labels {@code [N]}, each in {@code 0 … K−1}
     * @return the fraction of inputs {@code n} with {@code argmax logits[0][n] = labels[n]}, in {@code [0, 1]}
     * @throws IllegalArgumentException if the logits are empty, ragged or not finite, the label count is not
     *                                  {@code N}, or a label is out of range
     */
    public static double identityAccuracy(double[][][] logits, int[] labels) {
        OrbitArrays.Dims dims = OrbitArrays.check(logits, "logits");
        Objects.requireNonNull(labels, "labels");
        if (labels.length != dims.inputs()) {
            throw new IllegalArgumentException("expected one label per input (N = " + dims.inputs() + ") but got "
                    + labels.length);
        }
        int correct = 0;
        for (int n = 0; n < labels.length; n++) {
            if (labels[n] < 0 || labels[n] >= dims.classes()) {
                throw new IllegalArgumentException("expected labels in 0.." + (dims.classes() - 1) + " but labels["
                        + n + "] = " + labels[n]);
            }
            correct += argmax(logits[0][n]) == labels[n] ? 1 : 0;
        }
        return (double) correct / labels.length;
    }
}
