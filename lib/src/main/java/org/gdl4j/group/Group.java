package org.gdl4j.group;

import java.util.List;

/**
 * A group: a set with an associative product, an identity and inverses.
 *
 * <p><b>Composition convention.</b> Every group in this package acts on some space (the plane, 3-space,
 * an image), and the product is composition of those actions: {@code compose(a, b)} is {@code a·b}, the
 * element that acts as <em>first b, then a</em>, so that {@code (a·b)·x = a·(b·x)}. In matrix form
 * {@code matrix(a·b) = matrix(a) · matrix(b)}.
 *
 * <p>Finite groups implement {@link FiniteGroup}; continuous groups ({@link SO2}, {@link SO3}) implement
 * only this interface and supply a fixed sample as {@link #testingElements()}.
 *
 * @param <E> the element type
 * @see Groups
 */
public interface Group<E extends GroupElement> {

    /**
     * A short name, such as {@code "C4"}, {@code "D6"}, {@code "SO(2)"} or {@code "SO(3)"}.
     *
     * @return the name of this group
     */
    String name();

    /**
     * The identity element {@code e}, with {@code e·g = g·e = g} for every {@code g}.
     *
     * @return the identity
     */
    E identity();

    /**
     * The product {@code a·b}, which acts as first {@code b}, then {@code a}.
     *
     * @param a the element applied second
     * @param b the element applied first
     * @return {@code a·b}
     * @throws IllegalArgumentException if {@code a} or {@code b} is not an element of this group
     */
    E compose(E a, E b);

    /**
     * The inverse {@code g⁻¹}, with {@code g·g⁻¹ = g⁻¹·g = e}.
     *
     * @param g an element of this group
     * @return its inverse
     * @throws IllegalArgumentException if {@code g} is not an element of this group
     */
    E inverse(E g);

    /**
     * Whether {@code g} is an element of this group.
     *
     * @param g a candidate element, possibly {@code null}
     * @return {@code true} if {@code g} belongs to this group
     */
    boolean contains(E g);

    /**
     * Elements on which laws (homomorphism, equivariance) are tested: every element of a finite group, a
     * fixed deterministic sample of a continuous group. The list is immutable and the same on every call.
     *
     * @return the testing elements, identity first
     */
    List<E> testingElements();

    /**
     * Returns {@code g} if it is an element of this group.
     *
     * @param g a candidate element
     * @return {@code g}
     * @throws IllegalArgumentException if {@code g} is {@code null} or not an element of this group
     */
    default E requireElement(E g) {
        if (!contains(g)) {
            throw new IllegalArgumentException("expected an element of " + name() + " but got " + g);
        }
        return g;
    }

    /**
     * Checks that {@code a} and {@code b} both belong to this group; {@link #compose} implementations call
     * this first.
     *
     * @param a the element applied second
     * @param b the element applied first
     * @throws IllegalArgumentException with a message naming both elements if either is not in this group
     */
    default void requireComposable(E a, E b) {
        if (!contains(a) || !contains(b)) {
            throw new IllegalArgumentException("cannot compose " + a + " and " + b
                    + ": both must be elements of " + name());
        }
    }
}
