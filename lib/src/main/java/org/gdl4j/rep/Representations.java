package org.gdl4j.rep;

import java.util.List;
import java.util.Objects;
import org.gdl4j.group.FiniteAction;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.GroupElement;

/**
 * Factories for representations that every finite group has: trivial, regular, permutation, and direct
 * sums. Irreducible representations of particular groups come from {@link CyclicIrreps} and
 * {@link DihedralIrreps}.
 */
public final class Representations {

    private Representations() {
    }

    /**
     * The trivial representation {@code g ↦ (1)}, dimension 1.
     *
     * @param group the group
     * @param <E>   the element type
     * @return the trivial representation, named {@code "trivial"}
     */
    public static <E extends GroupElement> Representation<E> trivial(FiniteGroup<E> group) {
        return Representation.of("trivial", group, g -> Matrix.identity(1));
    }

    /**
     * The regular representation: {@code ρ(g)} permutes the basis vectors {@code e_h}, one per element in the
     * order of {@link FiniteGroup#elements()}, by left multiplication, {@code ρ(g) e_h = e_{g·h}}. On a
     * vector {@code f} of values indexed by elements it acts as {@code (ρ(g) f)(h) = f(g⁻¹·h)}.
     *
     * @param group the group
     * @param <E>   the element type
     * @return the regular representation, dimension {@code |G|}, named {@code "regular"}
     */
    public static <E extends GroupElement> Representation<E> regular(FiniteGroup<E> group) {
        List<E> elements = group.elements();
        return permutation("regular", group, group.order(),
                (g, point) -> group.indexOf(group.compose(g, elements.get(point))));
    }

    /**
     * The permutation representation of an action on {@code {0, …, m−1}}: {@code ρ(g) e_x = e_{g·x}}, so
     * {@code ρ(g)[g·x][x] = 1} and all other entries are 0.
     *
     * <p>Each element must act as a bijection; the action laws {@code (g·h)·x = g·(h·x)}, {@code e·x = x} are
     * not re-checked here (they make {@code ρ} a homomorphism).
     *
     * @param name   a label for display
     * @param group  the acting group
     * @param size   the number of points {@code m ≥ 1}
     * @param action the action
     * @param <E>    the element type
     * @return the permutation representation, dimension {@code m}
     * @throws IllegalArgumentException if {@code size < 1}, a point is mapped outside {@code [0, m)}, or an
     *                                  element does not act as a bijection
     */
    public static <E extends GroupElement> Representation<E> permutation(String name, FiniteGroup<E> group,
            int size, FiniteAction<E> action) {
        if (size < 1) {
            throw new IllegalArgumentException("a permutation representation needs at least 1 point but got "
                    + size);
        }
        Objects.requireNonNull(action, "action");
        return Representation.of(name, group, g -> permutationMatrix(g, size, action));
    }

    private static <E extends GroupElement> Matrix permutationMatrix(E g, int size, FiniteAction<E> action) {
        double[][] m = new double[size][size];
        boolean[] hit = new boolean[size];
        for (int x = 0; x < size; x++) {
            int image = action.act(g, x);
            if (image < 0 || image >= size) {
                throw new IllegalArgumentException("action maps point " + x + " under " + g + " to " + image
                        + ", outside [0, " + size + ")");
            }
            if (hit[image]) {
                throw new IllegalArgumentException("action of " + g + " is not a bijection: point " + image
                        + " is the image of two points");
            }
            hit[image] = true;
            m[image][x] = 1;
        }
        return Matrix.of(m);
    }

    /**
     * The direct sum {@code ρ_1 ⊕ ρ_2 ⊕ …}, block-diagonal in the order of the list.
     *
     * @param summands one or more representations of the same group
     * @param <E>      the element type
     * @return the direct sum
     * @throws IllegalArgumentException if the list is empty or the groups differ
     */
    public static <E extends GroupElement> Representation<E> directSum(List<Representation<E>> summands) {
        if (summands.isEmpty()) {
            throw new IllegalArgumentException("a direct sum needs at least one summand");
        }
        Representation<E> sum = summands.get(0);
        for (Representation<E> next : summands.subList(1, summands.size())) {
            sum = sum.directSum(next);
        }
        return sum;
    }
}
