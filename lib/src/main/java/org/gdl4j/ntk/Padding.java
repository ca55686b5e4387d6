package org.gdl4j.ntk;

/** Border handling of a stride-1 convolution with an odd {@code q×q} filter, {@code q = 2h + 1}. */
public enum Padding {
    /** Zero padding by {@code h}: the output keeps the input size, {@code H' = H}. */
    SAME,
    /** No padding: only positions where the filter fits, {@code H' = H − q + 1}. */
    VALID;

    /**
     * The output side length for an input side and filter half-width.
     *
     * @param size input side, {@code ≥ 1}
     * @param half {@code h = (q − 1)/2}
     * @return {@code size} for SAME, {@code size − 2h} for VALID
     * @throws IllegalArgumentException if VALID leaves no position
     */
    public int outputSize(int size, int half) {
        int out = this == SAME ? size : size - 2 * half;
        if (out < 1) {
            throw new IllegalArgumentException("expected an input side of at least " + (2 * half + 1)
                    + " for a VALID " + (2 * half + 1) + "×" + (2 * half + 1) + " filter but got " + size);
        }
        return out;
    }
}
