package org.gdl4j.group;

/**
 * Factories for the groups of this package, each named after what it builds.
 *
 * <pre>{@code
 * CyclicGroup c4 = Groups.cyclic(4);     // rotations by multiples of 90°
 * DihedralGroup d4 = Groups.dihedral(4); // plus the mirror x → −x
 * SO3 so3 = Groups.so3();
 * }</pre>
 */
public final class Groups {

    private Groups() {
    }

    /**
     * The cyclic group C_n of rotations by multiples of {@code 2π/n}.
     *
     * @param n the order, {@code n ≥ 1}
     * @return C_n
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static CyclicGroup cyclic(int n) {
        return new CyclicGroup(n);
    }

    /**
     * The dihedral group D_n of order {@code 2n}: rotations by multiples of {@code 2π/n} and the mirror
     * {@code x → −x}.
     *
     * @param n the number of rotations, {@code n ≥ 1}
     * @return D_n
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static DihedralGroup dihedral(int n) {
        return new DihedralGroup(n);
    }

    /**
     * The circle group SO(2) of all planar rotations.
     *
     * @return SO(2)
     */
    public static SO2 so2() {
        return new SO2();
    }

    /**
     * The rotation group SO(3) of 3-space.
     *
     * @return SO(3)
     */
    public static SO3 so3() {
        return new SO3();
    }
}
