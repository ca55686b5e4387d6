package org.gdl4j.group;

import java.util.Objects;
import java.util.Random;

/**
 * An element of SO(3): a rotation of 3-space, acting on column vectors {@code (x, y, z)} of a right-handed
 * frame.
 *
 * <p>The rotation is stored as a unit quaternion with canonical sign ({@link UnitQuaternion#canonical()}),
 * so each rotation has one representation up to rounding. Conversions: 3×3 matrices ({@link #matrix()},
 * {@link #fromMatrix}), ZYZ Euler angles in the active convention {@code R = Rz(α)·Ry(β)·Rz(γ)}
 * ({@link EulerAnglesZYZ}), and axis–angle ({@link AxisAngle}). Positive angles turn counter-clockwise
 * about an axis pointing at the viewer: {@code aboutZ(π/2)} maps {@code (1, 0, 0)} to {@code (0, 1, 0)}.
 *
 * @param quaternion a unit quaternion for this rotation; its sign is canonicalised
 */
public record Rotation3D(UnitQuaternion quaternion) implements GroupElement {

    /** How far a matrix may be from orthogonal with determinant +1 before {@link #fromMatrix} rejects it. */
    public static final double MATRIX_TOLERANCE = 1e-9;

    /** Below this value of {@code sin β} a rotation is treated as a gimbal case and gets {@code γ = 0}. */
    private static final double GIMBAL_THRESHOLD = 1e-12;

    /**
     * Canonicalises the sign of the quaternion.
     *
     * @param quaternion see the record component {@code quaternion}
     * @throws NullPointerException if {@code quaternion} is null
     */
    public Rotation3D {
        quaternion = Objects.requireNonNull(quaternion, "quaternion").canonical();
    }

    /**
     * The identity rotation.
     *
     * @return the rotation by angle 0
     */
    public static Rotation3D identity() {
        return new Rotation3D(new UnitQuaternion(1, 0, 0, 0));
    }

    /**
     * The rotation by {@code angle} about {@code axis} (right-hand rule).
     *
     * @param axisAngle the axis and angle
     * @return the rotation
     */
    public static Rotation3D fromAxisAngle(AxisAngle axisAngle) {
        double half = axisAngle.angle() / 2;
        double s = Math.sin(half);
        return new Rotation3D(UnitQuaternion.normalised(Math.cos(half), s * axisAngle.x(), s * axisAngle.y(),
                s * axisAngle.z()));
    }

    /**
     * The rotation about the x axis, {@code (y, z)} turning counter-clockwise.
     *
     * @param angle radians
     * @return {@code Rx(angle)}
     */
    public static Rotation3D aboutX(double angle) {
        return fromAxisAngle(new AxisAngle(1, 0, 0, angle));
    }

    /**
     * The rotation about the y axis, {@code (z, x)} turning counter-clockwise.
     *
     * @param angle radians
     * @return {@code Ry(angle)}
     */
    public static Rotation3D aboutY(double angle) {
        return fromAxisAngle(new AxisAngle(0, 1, 0, angle));
    }

    /**
     * The rotation about the z axis, {@code (x, y)} turning counter-clockwise.
     *
     * @param angle radians
     * @return {@code Rz(angle)}
     */
    public static Rotation3D aboutZ(double angle) {
        return fromAxisAngle(new AxisAngle(0, 0, 1, angle));
    }

    /**
     * The rotation {@code Rz(α)·Ry(β)·Rz(γ)}.
     *
     * @param angles ZYZ Euler angles
     * @return the rotation
     */
    public static Rotation3D fromEulerZYZ(EulerAnglesZYZ angles) {
        return aboutZ(angles.alpha()).compose(aboutY(angles.beta())).compose(aboutZ(angles.gamma()));
    }

    /**
     * The rotation {@code Rz(α)·Ry(β)·Rz(γ)}.
     *
     * @param alpha the last rotation about z, any finite angle
     * @param beta  the rotation about y, in {@code [0, π]}
     * @param gamma the first rotation about z, any finite angle
     * @return the rotation
     * @throws IllegalArgumentException if {@code β} is outside {@code [0, π]} or an angle is not finite
     */
    public static Rotation3D fromEulerZYZ(double alpha, double beta, double gamma) {
        return fromEulerZYZ(new EulerAnglesZYZ(alpha, beta, gamma));
    }

    /**
     * The rotation with the given matrix.
     *
     * @param matrix a 3×3 array {@code m[row][column]}, orthogonal with determinant +1 within
     *               {@link #MATRIX_TOLERANCE}
     * @return the rotation
     * @throws IllegalArgumentException if the shape is wrong, an entry is not finite, or the matrix is not a
     *                                  rotation; the message states the orthogonality or determinant error
     */
    public static Rotation3D fromMatrix(double[][] matrix) {
        Matrix3.requireFinite3x3(matrix);
        double orthogonalityError = Matrix3.orthogonalityError(matrix);
        if (orthogonalityError > MATRIX_TOLERANCE) {
            throw new IllegalArgumentException("not a rotation matrix: max |R^T R - I| = " + orthogonalityError
                    + " exceeds the tolerance " + MATRIX_TOLERANCE);
        }
        double determinant = Matrix3.determinant(matrix);
        if (Math.abs(determinant - 1) > MATRIX_TOLERANCE) {
            throw new IllegalArgumentException("not a rotation matrix: det R = " + determinant
                    + " but a rotation needs det R = +1 (tolerance " + MATRIX_TOLERANCE + ")");
        }
        return new Rotation3D(QuaternionMatrices.fromMatrix(matrix));
    }

    /**
     * A rotation drawn from the uniform (Haar) measure on SO(3): a normalised vector of four standard
     * Gaussians is uniform on the 3-sphere of unit quaternions.
     *
     * @param random the source of randomness, for example {@code new Random(seed)}
     * @return a uniformly random rotation
     */
    public static Rotation3D random(Random random) {
        Objects.requireNonNull(random, "random");
        while (true) {
            double w = random.nextGaussian();
            double x = random.nextGaussian();
            double y = random.nextGaussian();
            double z = random.nextGaussian();
            if (w * w + x * x + y * y + z * z > 1e-12) {
                return new Rotation3D(UnitQuaternion.normalised(w, x, y, z));
            }
        }
    }

    /**
     * The rotation {@code this·other}: first {@code other}, then {@code this}.
     *
     * @param other the rotation applied first
     * @return the composition, with {@code matrix() = this.matrix() · other.matrix()}
     */
    public Rotation3D compose(Rotation3D other) {
        return new Rotation3D(quaternion.multiply(other.quaternion));
    }

    /**
     * The inverse rotation, whose matrix is the transpose.
     *
     * @return {@code this⁻¹}
     */
    public Rotation3D inverse() {
        return new Rotation3D(quaternion.conjugate());
    }

    /**
     * The rotation matrix acting on column vectors.
     *
     * <p>Shape {@code [3, 3]}, row-major; a fresh array on every call.
     *
     * @return the orthogonal matrix with determinant +1
     */
    public double[][] matrix() {
        return QuaternionMatrices.toMatrix(quaternion);
    }

    /**
     * The rotated vector {@code R·v}.
     *
     * @param v a vector of length 3
     * @return a new array of length 3
     * @throws IllegalArgumentException if {@code v} does not have length 3
     */
    public double[] apply(double[] v) {
        if (v == null || v.length != 3) {
            throw new IllegalArgumentException("expected a vector of length 3 but got "
                    + (v == null ? "null" : "length " + v.length));
        }
        double[][] m = matrix();
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2];
        }
        return out;
    }

    /**
     * The ZYZ Euler angles with {@code R = Rz(α)·Ry(β)·Rz(γ)}. {@code β = atan2(√(R20² + R21²), R22)};
     * when {@code sin β} is below {@code 1e-12} (the gimbal cases {@code β = 0} and {@code β = π}),
     * {@code γ = 0} and {@code α} carries the whole rotation about z. Otherwise {@code γ = atan2(R21, −R20)}.
     * In both cases {@code α} is read off {@code R·Rz(−γ)·Ry(−β) = Rz(α)}, which keeps the angles consistent
     * with the matrix even when {@code β} is close to a gimbal case.
     *
     * @return the Euler angles, {@code α, γ ∈ [0, 2π)}, {@code β ∈ [0, π]}
     */
    public EulerAnglesZYZ eulerZYZ() {
        double[][] m = matrix();
        double sinBeta = Math.hypot(m[2][0], m[2][1]);
        double beta = Math.atan2(sinBeta, m[2][2]);
        double gamma = sinBeta < GIMBAL_THRESHOLD ? 0.0 : Math.atan2(m[2][1], -m[2][0]);
        double[][] rest = Matrix3.multiply(m, Matrix3.multiply(Matrix3.aboutZ(-gamma), Matrix3.aboutY(-beta)));
        double alpha = Math.atan2(rest[1][0], rest[0][0]);
        return new EulerAnglesZYZ(alpha, beta, gamma);
    }

    /**
     * The axis and angle of this rotation, with the angle in {@code [0, π]}; the identity has axis
     * {@code (0, 0, 1)}.
     *
     * @return the axis–angle form
     */
    public AxisAngle axisAngle() {
        double sinHalf = Math.sqrt(quaternion.x() * quaternion.x() + quaternion.y() * quaternion.y()
                + quaternion.z() * quaternion.z());
        if (sinHalf == 0) {
            return new AxisAngle(0, 0, 1, 0);
        }
        double angle = 2 * Math.atan2(sinHalf, quaternion.w());
        return new AxisAngle(quaternion.x(), quaternion.y(), quaternion.z(), angle);
    }

    /**
     * The rotation angle in {@code [0, π]}, with {@code tr R = 1 + 2 cos(angle)}.
     *
     * @return the angle of this rotation about its axis
     */
    public double angle() {
        double sinHalf = Math.sqrt(quaternion.x() * quaternion.x() + quaternion.y() * quaternion.y()
                + quaternion.z() * quaternion.z());
        return 2 * Math.atan2(sinHalf, Math.abs(quaternion.w()));
    }

    /**
     * The geodesic distance on SO(3): the angle of {@code this⁻¹·other}, in {@code [0, π]}.
     *
     * @param other another rotation
     * @return the rotation angle that takes {@code this} to {@code other}
     */
    public double distanceTo(Rotation3D other) {
        return inverse().compose(other).angle();
    }
}
