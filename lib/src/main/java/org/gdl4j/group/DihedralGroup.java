package org.gdl4j.group;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The dihedral group D_n of order {@code 2n}: the symmetries of a regular n-gon whose vertical axis is an
 * axis of symmetry.
 *
 * <p><b>Generators.</b> {@code r} is the counter-clockwise rotation by {@code 2π/n}; {@code s} is the
 * reflection across the vertical axis, {@code (x, y) → (−x, y)}, which flips the columns of an image. They
 * satisfy {@code r^n = s² = e} and {@code s r s = r⁻¹}.
 *
 * <p><b>Normal form and order.</b> Every element is written once as {@code s^f r^k} ("first rotate by
 * {@code r^k}, then reflect if {@code f = 1}") with {@code f ∈ {0, 1}}, {@code 0 ≤ k < n}. The element order is
 * {@code r^0, …, r^(n−1), s r^0, …, s r^(n−1)}, so {@code s^f r^k} has index {@code f·n + k}.
 *
 * <p><b>Product.</b> With the convention of {@link Group} ({@code a·b} is "first b, then a"), moving
 * {@code r^a} past {@code s^g} uses {@code r^a s = s r^(−a)}:
 * {@code (s^f r^a)·(s^g r^b) = s^(f+g mod 2) r^((−1)^g·a + b mod n)}.
 *
 * <p>D_1 = {e, s} has order 2; D_2 is the Klein four-group.
 *
 * @param n the number of rotations, {@code n ≥ 1}
 */
public record DihedralGroup(int n) implements FiniteGroup<DihedralElement> {

    /**
     * Validates the number of rotations.
     *
     * @param n see the record component {@code n}
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public DihedralGroup {
        requireRotationCount(n);
    }

    static void requireRotationCount(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("dihedral group D_n needs n >= 1 but got n = " + n);
        }
    }

    /**
     * The element {@code s^f r^k}; any integer {@code k} is reduced modulo {@code n}.
     *
     * @param flip the exponent of {@code s}, 0 or 1
     * @param k    the exponent of {@code r}, any integer
     * @return {@code s^flip r^(k mod n)}
     * @throws IllegalArgumentException if {@code flip} is not 0 or 1
     */
    public DihedralElement element(int flip, int k) {
        return new DihedralElement(n, flip, Math.floorMod(k, n));
    }

    /**
     * The rotation {@code r^k} by {@code 2πk/n}.
     *
     * @param k the exponent, any integer
     * @return {@code r^(k mod n)}
     */
    public DihedralElement rotation(int k) {
        return element(0, k);
    }

    /**
     * The reflection {@code s: (x, y) → (−x, y)}.
     *
     * @return {@code s}
     */
    public DihedralElement reflection() {
        return element(1, 0);
    }

    @Override
    public String name() {
        return "D" + n;
    }

    @Override
    public DihedralElement identity() {
        return rotation(0);
    }

    @Override
    public DihedralElement compose(DihedralElement a, DihedralElement b) {
        requireComposable(a, b);
        int movedRotation = b.isReflection() ? -a.rotation() : a.rotation();
        return element(a.flip() ^ b.flip(), movedRotation + b.rotation());
    }

    /** {@inheritDoc} Reflections are their own inverses; {@code (r^k)⁻¹ = r^(−k)}. */
    @Override
    public DihedralElement inverse(DihedralElement g) {
        requireElement(g);
        return g.isReflection() ? g : rotation(-g.rotation());
    }

    @Override
    public boolean contains(DihedralElement g) {
        return g != null && g.n() == n;
    }

    @Override
    public int order() {
        return 2 * n;
    }

    /** {@inheritDoc} The order is {@code r^0, …, r^(n−1), s r^0, …, s r^(n−1)}. */
    @Override
    public List<DihedralElement> elements() {
        return IntStream.range(0, 2 * n).mapToObj(i -> element(i / n, i % n)).toList();
    }

    /** {@inheritDoc} The index of {@code s^f r^k} is {@code f·n + k}. */
    @Override
    public int indexOf(DihedralElement g) {
        requireElement(g);
        return g.flip() * n + g.rotation();
    }
}
