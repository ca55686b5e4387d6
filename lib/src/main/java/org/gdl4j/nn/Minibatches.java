package org.gdl4j.nn;

import java.util.Arrays;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Shuffled minibatches of a data set: the permutation and row selection every gdl4j training loop uses. */
public final class Minibatches {

    private Minibatches() {
    }

    /**
     * A uniformly random permutation of {@code 0 … n−1} (Fisher–Yates, drawing {@code random.nextInt(i + 1)} for
     * {@code i = n−1 … 1}).
     *
     * @param n      the length
     * @param random the generator
     * @return the permutation
     */
    public static int[] permutation(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** The samples {@code order[from … from+size)} (fewer at the end) as a new batch. */
    static Batch take(Batch data, int[] order, int from, int size) {
        int[] rows = Arrays.copyOfRange(order, from, Math.min(order.length, from + size));
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            labels[i] = data.labels()[rows[i]];
        }
        return new Batch(rows(data.images(), rows), labels);
    }

    /**
     * Rows of an array of any rank along axis 0, as a new array.
     *
     * <p>Shapes: {@code [N, …]} to {@code [rows.length, …]}.
     *
     * @param array the array
     * @param rows  indices in {@code 0 … N−1}
     * @return the selected rows, in the given order
     */
    public static INDArray rows(INDArray array, int[] rows) {
        long[] shape = array.shape().clone();
        INDArray flat = array.reshape(shape[0], array.length() / shape[0]);
        INDArray picked = Nd4j.pullRows(flat, 1, rows);
        shape[0] = rows.length;
        return picked.reshape(shape);
    }
}
