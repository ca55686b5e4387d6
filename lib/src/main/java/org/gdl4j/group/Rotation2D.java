package org.gdl4j.group;

/**
 * An element of SO(2): the counter-clockwise rotation of the plane by an angle, stored in {@code [0, 2π)}.
 *
 * <p>Any finite angle is accepted and wrapped: {@code new Rotation2D(-Math.PI / 2).angle()} is
 * {@code 3π/2}. The coordinates are those of {@link PlanarSymmetry}: {@code (x, y)} with {@code y} up.
 *
 * @param angle the rotation angle in radians, wrapped into {@code [0, 2π)}
 */
public record Rotation2D(double angle) implements PlanarSymmetry {

    /**
     * Wraps the angle into {@code [0, 2π)}.
     *
     * @param angle see the record component {@code angle}
     * @throws IllegalArgumentException if the angle is NaN or infinite
     */
    public Rotation2D {
        if (!Double.isFinite(angle)) {
            throw new IllegalArgumentException("rotation angle must be finite but got " + angle);
        }
        angle = PlanarMatrices.wrap(angle);
    }

    /**
     * The rotation {@code this·other}, by the sum of both angles.
     *
     * @param other the rotation applied first
     * @return the composed rotation
     */
    public Rotation2D compose(Rotation2D other) {
        return new Rotation2D(angle + other.angle);
    }

    /**
     * The inverse rotation, by {@code −angle}.
     *
     * @return the inverse
     */
    public Rotation2D inverse() {
        return new Rotation2D(-angle);
    }

    /** {@inheritDoc} Always {@code false}. */
    @Override
    public boolean isReflection() {
        return false;
    }

    @Override
    public double[][] matrix() {
        return PlanarMatrices.rotation(angle);
    }
}
