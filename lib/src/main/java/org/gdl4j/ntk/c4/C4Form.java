package org.gdl4j.ntk.c4;

/** How a C4 group-convolutional kernel is computed and stored. */
public enum C4Form {
    /**
     * The reduced orbit form: four rotated-pair CNN recursions, {@code [4, S², S²]} per pair, four times the
     * cost of a CNN kernel. The fast path.
     */
    ORBIT,
    /**
     * The direct group recursion over all pairs of group elements, {@code [4S², 4S²]} per pair, with the
     * group convolution summing over all four filter rotations: sixteen times the storage and about 64 times
     * the work of {@link #ORBIT}. The reference.
     */
    BLOCK
}
