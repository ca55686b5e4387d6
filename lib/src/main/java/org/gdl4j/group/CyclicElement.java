package org.gdl4j.group;

/**
 * The element {@code r^k} of the cyclic group C_n: the rotation of the plane by {@code 2πk/n}
 * counter-clockwise.
 *
 * @param n     the order of the group, {@code n ≥ 1}
 * @param power the exponent {@code k} of the generator {@code r}, in {@code [0, n)}
 */
public record CyclicElement(int n, int power) implements PlanarSymmetry {

    /**
     * Validates the group order and the exponent.
     *
     * @param n see the record component {@code n}
     * @param power see the record component {@code power}
     * @throws IllegalArgumentException if {@code n < 1} or {@code power} is outside {@code [0, n)}
     */
    public CyclicElement {
        CyclicGroup.requireOrder(n);
        if (power < 0 || power >= n) {
            throw new IllegalArgumentException("exponent of r in C" + n + " must be in [0, " + n + ") but got "
                    + power);
        }
    }

    /**
     * The group this element belongs to.
     *
     * @return C_n
     */
    public CyclicGroup group() {
        return new CyclicGroup(n);
    }

    /** {@inheritDoc} The angle is {@code 2π·power/n}. */
    @Override
    public double angle() {
        return PlanarMatrices.FULL_TURN * power / n;
    }

    /** {@inheritDoc} Always {@code false}: C_n contains only rotations. */
    @Override
    public boolean isReflection() {
        return false;
    }

    @Override
    public double[][] matrix() {
        return PlanarMatrices.rotation(power, n);
    }

    /**
     * A readable form such as {@code r^3 (C8)}.
     *
     * @return the element in the notation {@code r^k}
     */
    @Override
    public String toString() {
        return "r^" + power + " (C" + n + ")";
    }
}
