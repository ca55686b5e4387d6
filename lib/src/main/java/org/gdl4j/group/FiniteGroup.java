package org.gdl4j.group;

import java.util.List;

/**
 * A finite group with its elements listed in a fixed order.
 *
 * <p>{@link #elements()} fixes an order once and for all (documented by each implementation, identity first);
 * regular representations, Cayley tables and group-indexed feature channels all use this order, so index
 * {@code i} always means {@code elements().get(i)}.
 *
 * @param <E> the element type
 */
public interface FiniteGroup<E extends GroupElement> extends Group<E> {

    /**
     * The number of elements, {@code |G|}.
     *
     * @return the order of the group
     */
    int order();

    /**
     * All elements in the fixed order of this group, identity first; an immutable list of size
     * {@link #order()}.
     *
     * @return the elements
     */
    List<E> elements();

    /**
     * The position of {@code g} in {@link #elements()}.
     *
     * @param g an element of this group
     * @return its index in {@code [0, order())}
     * @throws IllegalArgumentException if {@code g} is not an element of this group
     */
    int indexOf(E g);

    /**
     * The element at position {@code index} of {@link #elements()}.
     *
     * @param index an index in {@code [0, order())}
     * @return the element
     * @throws IllegalArgumentException if the index is out of range
     */
    default E element(int index) {
        if (index < 0 || index >= order()) {
            throw new IllegalArgumentException("element index must be in [0, " + order() + ") for " + name()
                    + " but got " + index);
        }
        return elements().get(index);
    }

    /**
     * All elements: for a finite group the laws can be checked exhaustively.
     *
     * @return {@link #elements()}
     */
    @Override
    default List<E> testingElements() {
        return elements();
    }

    /**
     * The Cayley (multiplication) table: {@code table[i][j]} is the index of
     * {@code element(i)·element(j)}. Every row and every column is a permutation of {@code 0 … |G|−1}.
     *
     * <p>Shape: {@code [|G|, |G|]}; a fresh array on every call.
     *
     * @return the multiplication table of index products
     */
    default int[][] cayleyTable() {
        List<E> all = elements();
        int n = all.size();
        int[][] table = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                table[i][j] = indexOf(compose(all.get(i), all.get(j)));
            }
        }
        return table;
    }
}
