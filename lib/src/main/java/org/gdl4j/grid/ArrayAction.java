package org.gdl4j.grid;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An action of group elements on arrays: {@code x ↦ g·x}.
 *
 * <p>Implementations model a left action, {@code (g·h)·x = g·(h·x)} and {@code e·x = x}, with the product
 * convention of {@link org.gdl4j.group.Group} ({@code g·h} acts as first {@code h}, then {@code g}). The
 * action on planar images is {@link ImageAction}; the action on feature maps whose channels carry a
 * representation is {@link FieldAction}; {@link #trivial()} leaves arrays unchanged and turns an
 * equivariance check into an invariance check.
 *
 * <p>An action is pure: it never modifies its argument and returns a fresh array of the same data type.
 *
 * @param <E> the type of the acting elements
 */
@FunctionalInterface
public interface ArrayAction<E> {

    /**
     * The transformed array {@code g·x}.
     *
     * <p>Shapes: each implementation states the shape it accepts (for example {@code [N, C, H, W]}); the
     * result has the shape and data type of {@code x}.
     *
     * @param g the acting element
     * @param x the array, never modified
     * @return {@code g·x}, a fresh array
     * @throws IllegalArgumentException if {@code x} has a shape or data type the action does not accept, or
     *                                  {@code g} is not an element it can act with
     */
    INDArray apply(E g, INDArray x);

    /**
     * The trivial action {@code g·x = x} of every element: the output action of an invariance check.
     *
     * <p>Shapes: any; the result is a copy of {@code x}.
     *
     * @param <E> the type of the acting elements
     * @return the action that copies its argument
     */
    static <E> ArrayAction<E> trivial() {
        return (g, x) -> x.dup();
    }
}
