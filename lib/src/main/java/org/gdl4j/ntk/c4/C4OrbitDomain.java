package org.gdl4j.ntk.c4;

import org.gdl4j.ntk.GroupDomain;

/**
 * A feature map on C4 ⋉ Z² over an {@code S×S} grid, with the pair kernel stored in the reduced orbit form.
 *
 * <p>The kernel between group elements {@code (t, r)} and {@code (t', r')} depends on the rotations only
 * through {@code d = r' − r mod 4}: {@code K[(t, r), (t', r')] = K̃_d[t, t']}. Four planar blocks are stored.
 * Block 0 is the kernel between equal rotations; the variances {@code K(x, x)[(t, r), (t, r)]} do not depend
 * on {@code r}.
 *
 * <p>Shapes: pair kernel {@code [4, S², S²]} = {@code [d, i, j, i', j']}; variances {@code [S²]}.
 *
 * @param size the side {@code S ≥ 1}
 */
public record C4OrbitDomain(int size) implements GroupDomain {

    /**
     * Validates the size.
     *
     * @param size the side {@code S ≥ 1}
     * @throws IllegalArgumentException if {@code size < 1}
     */
    public C4OrbitDomain {
        C4Geometry.requireSize(size);
    }

    @Override
    public int positions() {
        return size * size;
    }

    @Override
    public int blocks() {
        return C4Geometry.ORDER;
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
     * @return for example {@code "C4 orbit form 5×5"}
     */
    @Override
    public String toString() {
        return "C4 orbit form " + size + "×" + size;
    }
}
