package org.gdl4j.ntk.c4;

import org.gdl4j.ntk.GroupDomain;

/**
 * A feature map on C4 ⋉ Z² over an {@code S×S} grid, with the full kernel over pairs of group elements
 * stored directly (the 4×4 rotation-block layout of the official code): the slow, obviously correct form.
 *
 * <p>Shapes: positions {@code (r, i, j)} at {@code (r·S + i)·S + j}, {@code n = 4S²}; pair kernel
 * {@code [4S², 4S²]} = {@code [r, i, j, r', i', j']}; variances {@code [4S²]}.
 *
 * @param size the side {@code S ≥ 1}
 */
public record C4BlockDomain(int size) implements GroupDomain {

    /**
     * Validates the size.
     *
     * @param size the side {@code S ≥ 1}
     * @throws IllegalArgumentException if {@code size < 1}
     */
    public C4BlockDomain {
        C4Geometry.requireSize(size);
    }

    @Override
    public int positions() {
        return C4Geometry.ORDER * size * size;
    }

    @Override
    public int blocks() {
        return 1;
    }

    @Override
    public int featuresPerChannel() {
        return C4Geometry.ORDER * size * size;
    }

    @Override
    public int rotations() {
        return C4Geometry.ORDER;
    }

    /**
     * A short description.
     *
     * @return for example {@code "C4 block form 5×5"}
     */
    @Override
    public String toString() {
        return "C4 block form " + size + "×" + size;
    }
}
