package org.gdl4j.group;

/**
 * The element {@code s^f r^k} of the dihedral group D_n: first rotate the plane by {@code 2πk/n}
 * counter-clockwise, then, if {@code f = 1}, mirror it with {@code s: x → −x}.
 *
 * @param n        the number of rotations in the group, {@code n ≥ 1} (the group has order {@code 2n})
 * @param flip     the exponent {@code f} of the reflection {@code s}, 0 or 1
 * @param rotation the exponent {@code k} of the rotation {@code r}, in {@code [0, n)}
 */
public record DihedralElement(int n, int flip, int rotation) implements PlanarSymmetry {

    /**
     * Validates the group size and both exponents.
     *
     * @param n see the record component {@code n}
     * @param flip see the record component {@code flip}
     * @param rotation see the record component {@code rotation}
     * @throws IllegalArgumentException if {@code n < 1}, {@code flip} is not 0 or 1, or {@code rotation} is
     *                                  outside {@code [0, n)}
     */
    public DihedralElement {
        DihedralGroup.requireRotationCount(n);
        if (flip != 0 && flip != 1) {
            throw new IllegalArgumentException("exponent of s in D" + n + " must be 0 or 1 but got " + flip);
        }
        if (rotation < 0 || rotation >= n) {
            throw new IllegalArgumentException("exponent of r in D" + n + " must be in [0, " + n + ") but got "
                    + rotation);
        }
    }

    /**
     * The group this element belongs to.
     *
     * @return D_n
     */
    public DihedralGroup group() {
        return new DihedralGroup(n);
    }

    /** {@inheritDoc} The angle is {@code 2π·rotation/n}. */
    @Override
    public double angle() {
        return PlanarMatrices.FULL_TURN * rotation / n;
    }

    /** {@inheritDoc} True exactly when {@code flip = 1}. */
    @Override
    public boolean isReflection() {
        return flip == 1;
    }

    @Override
    public double[][] matrix() {
        double[][] turn = PlanarMatrices.rotation(rotation, n);
        return isReflection() ? PlanarMatrices.mirrorAfter(turn) : turn;
    }

    /**
     * A readable form such as {@code r^2 (D4)} or {@code s r^1 (D4)}.
     *
     * @return the element in the normal form {@code s^f r^k}
     */
    @Override
    public String toString() {
        return (isReflection() ? "s r^" : "r^") + rotation + " (D" + n + ")";
    }
}
