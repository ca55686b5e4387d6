package org.gdl4j.ensemble;

import java.util.List;
import java.util.Objects;
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
        if (logits.length == 0 || logits[0].length == 0 || logits[0][0].length == 0 || logits[0][0][0].length == 0) {
            throw new IllegalArgumentException("expected logits [M][G][N][K] with positive sizes");
        }
        for (double[][][] member : logits) {
            requireShape(member, logits[0].length, logits[0][0].length, logits[0][0][0].length);
        }
        return new OrbitLogits(logits);
    }

    private static void requireShape(double[][][] member, int g, int n, int k) {
        if (member.length != g) {
            throw new IllegalArgumentException("expected " + g + " group elements per member but got " + member.length);
        }
        for (double[][] rows : member) {
            if (rows.length != n) {
                throw new IllegalArgumentException("expected " + n + " inputs per element but got " + rows.length);
            }
            for (double[] row : rows) {
                if (row.length != k) {
                    throw new IllegalArgumentException("expected " + k + " classes per input but got " + row.length);
                }
                for (double v : row) {
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("expected finite logits but got " + v);
                    }
                }
            }
        }
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
     * @throws IllegalArgumentException if no member is given
     */
    public double[][][] mean(int... members) {
        if (members.length == 0) {
            throw new IllegalArgumentException("expected at least one member index");
        }
        double[][][] sum = new double[groupOrder()][inputs()][classes()];
        for (int m : members) {
            double[][][] member = member(m);
            for (int g = 0; g < sum.length; g++) {
                for (int n = 0; n < sum[g].length; n++) {
                    for (int k = 0; k < sum[g][n].length; k++) {
                        sum[g][n][k] += member[g][n][k] / members.length;
                    }
                }
            }
        }
        return sum;
    }

    /** @return the mean logits of all members, {@code [G][N][K]} */
    public double[][][] mean() {
        return mean(java.util.stream.IntStream.range(0, members()).toArray());
    }
}
