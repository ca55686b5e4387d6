package org.gdl4j.ensemble;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.gdl4j.grid.ArrayAction;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Every member's logits on every transform of a set of inputs: the raw material of all orbit metrics,
 * computed once ({@code M·|G|·N} forward passes) and then averaged over any sub-ensemble for free.
 *
 * <p>Shapes: {@code [M][G][N][K]} — member, group element (index 0 is the identity), input, class. A
 * sub-ensemble's prediction is the mean of its members' logits, {@code [G][N][K]}.
 */
public final class OrbitLogits {

    private static final int BATCH = 256;

    private final double[][][][] logits;

    private OrbitLogits(double[][][][] logits) {
        this.logits = logits;
    }

    /**
     * Evaluates the ensemble on the orbit of a batch.
     *
     * @param ensemble the ensemble
     * @param elements the group elements, the identity first (e.g. {@code group.elements()})
     * @param action how an element acts on the inputs
     * @param inputs {@code [N, sampleShape…]}
     * @param <E> the element type
     * @return the logits, {@code [M][G][N][K]}
     * @throws IllegalArgumentException if no element is given or the first one does not leave the inputs
     *                                  unchanged
     */
    public static <E> OrbitLogits of(Ensemble ensemble, List<? extends E> elements, ArrayAction<? super E> action,
                                     INDArray inputs) {
        Objects.requireNonNull(ensemble, "ensemble");
        Objects.requireNonNull(elements, "elements");
        Objects.requireNonNull(action, "action");
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("expected at least the identity element but got none");
        }
        if (!action.apply(elements.get(0), inputs).equals(inputs)) {
            throw new IllegalArgumentException("expected the identity first, but " + elements.get(0)
                    + " changes the inputs");
        }
        double[][][][] out = new double[ensemble.size()][elements.size()][][];
        for (int g = 0; g < elements.size(); g++) {
            INDArray transformed = g == 0 ? inputs : action.apply(elements.get(g), inputs);
            INDArray memberLogits = ensemble.memberLogits(transformed, BATCH);
            for (int m = 0; m < ensemble.size(); m++) {
                out[m][g] = memberLogits.slice(m).toDoubleMatrix();
            }
        }
        return new OrbitLogits(out);
    }

    /**
     * Wraps logits computed elsewhere (e.g. by a kernel predictor).
     *
     * @param logits {@code [M][G][N][K]}, rectangular and finite
     * @return the logits (not copied)
     * @throws IllegalArgumentException if the array is empty, ragged or not finite
     */
    public static OrbitLogits wrap(double[][][][] logits) {
        Objects.requireNonNull(logits, "logits");
        if (logits.length == 0) {
            throw new IllegalArgumentException("expected logits [M][G][N][K] of at least one member but got none");
        }
        OrbitArrays.Dims first = OrbitArrays.check(logits[0], "logits[0]");
        for (int m = 1; m < logits.length; m++) {
            OrbitArrays.requireSameDims(first, OrbitArrays.check(logits[m], "logits[" + m + "]"),
                    "logits of members 0 and " + m);
        }
        return new OrbitLogits(logits);
    }

    /** @return {@code M} */
    public int members() {
        return logits.length;
    }

    /** @return {@code |G|} */
    public int groupOrder() {
        return logits[0].length;
    }

    /** @return {@code N} */
    public int inputs() {
        return logits[0][0].length;
    }

    /** @return {@code K} */
    public int classes() {
        return logits[0][0][0].length;
    }

    /**
     * One member's logits (live, do not modify).
     *
     * @param index in {@code [0, M)}
     * @return {@code [G][N][K]}
     */
    public double[][][] member(int index) {
        Objects.checkIndex(index, logits.length);
        return logits[index];
    }

    /**
     * The mean logits of a sub-ensemble, the prediction of that ensemble.
     *
     * @param members distinct member indices, at least one
     * @return {@code [G][N][K]}, a fresh array
     * @throws IllegalArgumentException if no member is given or one repeats
     */
    public double[][][] mean(List<Integer> members) {
        return SubEnsembles.meanLogits(logits, members);
    }

    /** @return the mean logits of all members, {@code [G][N][K]} */
    public double[][][] mean() {
        return mean(IntStream.range(0, members()).boxed().toList());
    }
}
