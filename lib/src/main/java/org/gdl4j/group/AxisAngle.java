package org.gdl4j.group;

/**
 * A rotation given by a unit axis {@code n = (x, y, z)} and an angle: the counter-clockwise rotation by
 * {@code angle} about {@code n} when {@code n} points at the viewer (right-hand rule).
 *
 * <p>The axis is normalised by the constructor. {@link Rotation3D#axisAngle()} returns an angle in
 * {@code [0, π]} and, for the identity, the axis {@code (0, 0, 1)}.
 *
 * @param x     the x component of the unit axis
 * @param y     the y component of the unit axis
 * @param z     the z component of the unit axis
 * @param angle the rotation angle in radians
 */
public record AxisAngle(double x, double y, double z, double angle) {

    /**
     * Normalises the axis.
     *
     * @param x see the record component {@code x}
     * @param y see the record component {@code y}
     * @param z see the record component {@code z}
     * @param angle see the record component {@code angle}
     * @throws IllegalArgumentException if a component or the angle is not finite, or the axis is zero
     */
    public AxisAngle {
        double norm = Math.sqrt(x * x + y * y + z * z);
        if (!Double.isFinite(norm) || !Double.isFinite(angle)) {
            throw new IllegalArgumentException("axis and angle must be finite but got (" + x + ", " + y + ", "
                    + z + "), " + angle);
        }
        if (norm == 0) {
            throw new IllegalArgumentException("rotation axis must be non-zero but got (0, 0, 0)");
        }
        x /= norm;
        y /= norm;
        z /= norm;
    }
}
