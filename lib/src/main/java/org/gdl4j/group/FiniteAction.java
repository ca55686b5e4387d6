package org.gdl4j.group;

/**
 * An action of a group on a finite set of points {@code {0, 1, …, m−1}}: each element permutes the points.
 *
 * <p>An action satisfies {@code e·x = x} and {@code (g·h)·x = g·(h·x)}, with the product convention of
 * {@link Group}. Examples: D_n on the {@code n} vertices of a regular polygon, C_4 on the pixels of a square
 * image, a group on itself by left multiplication (whose permutation representation is the regular one).
 *
 * @param <E> the element type of the acting group
 */
@FunctionalInterface
public interface FiniteAction<E extends GroupElement> {

    /**
     * The image {@code g·x} of a point.
     *
     * @param g     a group element
     * @param point a point {@code x} in {@code [0, m)}
     * @return the point {@code g·x} in {@code [0, m)}
     */
    int act(E g, int point);
}
