package org.gdl4j.ntk.c4;

import org.gdl4j.ntk.KernelDomain;
import org.gdl4j.ntk.PlaneDomain;

/**
 * Rotations of pixel offsets and size checks shared by the C4 kernels.
 *
 * <p>Offsets are {@code (row, column)} with row 0 on top. A quarter turn counter-clockwise as displayed maps
 * the offset {@code (a, b)} to {@code R(a, b) = (−b, a)}: the pixel right of the centre moves above it,
 * matching {@link org.gdl4j.ntk.PlanarImage#rotate90}.
 */
final class C4Geometry {

    static final int ORDER = 4;

    private C4Geometry() {
    }

    static void requireSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("expected a grid side ≥ 1 but got " + size);
        }
    }

    /** Row part of {@code R^r (a, b)}. */
    static int rotatedRow(int r, int a, int b) {
        return switch (Math.floorMod(r, ORDER)) {
            case 0 -> a;
            case 1 -> -b;
            case 2 -> -a;
            default -> b;
        };
    }

    /** Column part of {@code R^r (a, b)}. */
    static int rotatedColumn(int r, int a, int b) {
        return switch (Math.floorMod(r, ORDER)) {
            case 0 -> b;
            case 1 -> a;
            case 2 -> -b;
            default -> -a;
        };
    }

    /** The side of a square plane, or an exception naming the layer. */
    static int squareSide(KernelDomain domain, String layer) {
        if (!(domain instanceof PlaneDomain plane)) {
            throw new IllegalArgumentException("expected a kernel on a plane for " + layer + " but got " + domain);
        }
        if (!plane.isSquare()) {
            throw new IllegalArgumentException("expected a square image for " + layer + " (quarter turns) but got "
                    + plane.height() + "×" + plane.width());
        }
        return plane.height();
    }
}
