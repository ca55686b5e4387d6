package org.gdl4j.group;

/**
 * A group element that acts on the plane ℝ² by an orthogonal 2×2 matrix: a rotation, or a rotation followed
 * by the mirror {@code x → −x}.
 *
 * <p><b>Coordinates.</b> Points are column vectors {@code (x, y)} with {@code x} pointing right and {@code y}
 * pointing <em>up</em>; positive angles turn counter-clockwise, so a rotation by {@code +π/2} maps
 * {@code (1, 0)} to {@code (0, 1)}. On an image with row 0 on top, {@code x} runs along columns and {@code y}
 * against rows; the mirror {@code x → −x} flips the columns.
 *
 * <p>Every element has the normal form {@code F^f · R(θ)}: first rotate by {@link #angle()} {@code θ}, then,
 * if {@link #isReflection()}, mirror with {@code F = diag(−1, 1)}.
 */
public interface PlanarSymmetry extends GroupElement {

    /**
     * The angle {@code θ} of the rotation part, in radians in {@code [0, 2π)}, counter-clockwise.
     *
     * @return the rotation angle applied before the optional mirror
     */
    double angle();

    /**
     * Whether the element reverses orientation (determinant −1).
     *
     * @return {@code true} for reflections
     */
    boolean isReflection();

    /**
     * The orthogonal matrix {@code F^f R(θ)} acting on column vectors {@code (x, y)}, with
     * {@code R(θ) = [[cos θ, −sin θ], [sin θ, cos θ]]} and {@code F = diag(−1, 1)}.
     *
     * <p>Shape {@code [2, 2]}; a fresh array on every call. Angles that are multiples of {@code π/2} give exact
     * entries in {@code {−1, 0, 1}}.
     *
     * @return the 2×2 matrix of this element
     */
    double[][] matrix();
}
