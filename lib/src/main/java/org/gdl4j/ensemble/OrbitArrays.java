package org.gdl4j.ensemble;

import java.util.Objects;

/**
 * Validation of logits over a group orbit, {@code double[|G|][N][K]} with {@code logits[0]} the identity.
 *
 * <p>Every metric of this package calls {@link #check} first, so a ragged, empty or non-finite array fails
 * with a message naming the expected and the actual value instead of giving a silently wrong number.
 */
final class OrbitArrays {

    /**
     * The sizes of a validated array.
     *
     * @param groupOrder {@code |G|}
     * @param inputs     {@code N}
     * @param classes    {@code K}
     */
    record Dims(int groupOrder, int inputs, int classes) {
    }

    private OrbitArrays() {
    }

    /**
     * Checks that {@code logits} is a non-empty, rectangular array of finite values.
     *
     * @param logits the array, {@code [|G|][N][K]}
     * @param name   how messages call the array
     * @return its sizes
     * @throws IllegalArgumentException if {@code |G|}, {@code N} or {@code K} is 0, the array is ragged or a
     *                                  value is NaN or infinite
     */
    static Dims check(double[][][] logits, String name) {
        Objects.requireNonNull(logits, name);
        if (logits.length == 0) {
            throw new IllegalArgumentException("expected " + name + " [|G|][N][K] with |G| >= 1 but got |G| = 0");
        }
        double[][] identity = Objects.requireNonNull(logits[0], name + "[0]");
        if (identity.length == 0) {
            throw new IllegalArgumentException("expected " + name + " [|G|][N][K] with N >= 1 but got N = 0");
        }
        int classes = Objects.requireNonNull(identity[0], name + "[0][0]").length;
        if (classes == 0) {
            throw new IllegalArgumentException("expected " + name + " [|G|][N][K] with K >= 1 but got K = 0");
        }
        for (int g = 0; g < logits.length; g++) {
            checkElement(logits[g], g, identity.length, classes, name);
        }
        return new Dims(logits.length, identity.length, classes);
    }

    /**
     * Checks that two arrays have the same sizes.
     *
     * @param a     the first sizes
     * @param b     the second sizes
     * @param names how messages call the two arrays, e.g. {@code "a and b"}
     * @throws IllegalArgumentException if any size differs
     */
    static void requireSameDims(Dims a, Dims b, String names) {
        if (!a.equals(b)) {
            throw new IllegalArgumentException("expected " + names + " of equal shape but got [" + a.groupOrder()
                    + "][" + a.inputs() + "][" + a.classes() + "] and [" + b.groupOrder() + "][" + b.inputs() + "]["
                    + b.classes() + "]");
        }
    }

    private static void checkElement(double[][] rows, int g, int inputs, int classes, String name) {
        Objects.requireNonNull(rows, name + "[" + g + "]");
        if (rows.length != inputs) {
            throw new IllegalArgumentException("expected N = " + inputs + " inputs in " + name + "[" + g + "] (as in "
                    + name + "[0]) but got " + rows.length);
        }
        for (int n = 0; n < inputs; n++) {
            double[] row = Objects.requireNonNull(rows[n], name + "[" + g + "][" + n + "]");
            if (row.length != classes) {
                throw new IllegalArgumentException("expected K = " + classes + " classes in " + name + "[" + g + "]["
                        + n + "] (as in " + name + "[0][0]) but got " + row.length);
            }
            for (int k = 0; k < classes; k++) {
                if (!Double.isFinite(row[k])) {
                    throw new IllegalArgumentException("expected finite logits but " + name + "[" + g + "][" + n
                            + "][" + k + "] = " + row[k]);
                }
            }
        }
    }
}
