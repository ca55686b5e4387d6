package org.gdl4j.planar;

/** Validation of filter sizes. */
final class FilterSize {

    private FilterSize() {
    }

    /** Requires an odd, positive filter size: rotations about the centre pixel need a centre pixel. */
    static int requireOdd(int k, String layer) {
        if (k < 1 || k % 2 == 0) {
            throw new IllegalArgumentException(layer + " needs an odd filter size (a centre pixel to rotate about) "
                    + "but got " + k);
        }
        return k;
    }
}
