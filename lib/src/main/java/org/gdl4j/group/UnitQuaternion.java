package org.gdl4j.group;

/**
 * A unit quaternion {@code q = w + x·i + y·j + z·k} with {@code |q| = 1}.
 *
 * <p>Unit quaternions double-cover SO(3): {@code q} and {@code −q} give the same rotation, acting on a
 * vector {@code v} (a pure quaternion) by {@code v ↦ q v q*}. The Hamilton product satisfies
 * {@code rotation(p·q) = rotation(p)·rotation(q)}. {@link Rotation3D} stores the {@linkplain #canonical()
 * canonical} sign.
 *
 * @param w the real part
 * @param x the {@code i} component
 * @param y the {@code j} component
 * @param z the {@code k} component
 */
public record UnitQuaternion(double w, double x, double y, double z) {

    /** How far {@code |q|} may be from 1 before the constructor rejects the input. */
    public static final double NORM_TOLERANCE = 1e-6;

    /**
     * Norms within a few units in the last place of 1 are left alone, so that re-wrapping or negating the
     * components of a unit quaternion reproduces them exactly.
     */
    private static final double RENORMALISE_ABOVE = 4 * Math.ulp(1.0);

    /**
     * Validates that the components are finite with norm 1 (within {@link #NORM_TOLERANCE}) and removes the
     * remaining deviation, beyond a few units in the last place, by dividing by the norm.
     *
     * @param w see the record component {@code w}
     * @param x see the record component {@code x}
     * @param y see the record component {@code y}
     * @param z see the record component {@code z}
     * @throws IllegalArgumentException if a component is not finite or the norm is not close to 1
     */
    public UnitQuaternion {
        double norm = Math.sqrt(w * w + x * x + y * y + z * z);
        if (!Double.isFinite(norm) || Math.abs(norm - 1) > NORM_TOLERANCE) {
            throw new IllegalArgumentException("a unit quaternion needs norm 1 (tolerance " + NORM_TOLERANCE
                    + ") but (" + w + ", " + x + ", " + y + ", " + z + ") has norm " + norm
                    + "; use UnitQuaternion.normalised");
        }
        if (Math.abs(norm - 1) > RENORMALISE_ABOVE) {
            w /= norm;
            x /= norm;
            y /= norm;
            z /= norm;
        }
    }

    /**
     * The unit quaternion in the direction of {@code (w, x, y, z)}.
     *
     * @param w the real part
     * @param x the {@code i} component
     * @param y the {@code j} component
     * @param z the {@code k} component
     * @return {@code q / |q|}
     * @throws IllegalArgumentException if the vector is zero or not finite
     */
    public static UnitQuaternion normalised(double w, double x, double y, double z) {
        double norm = Math.sqrt(w * w + x * x + y * y + z * z);
        if (!(norm > 0) || !Double.isFinite(norm)) {
            throw new IllegalArgumentException("cannot normalise a quaternion of norm " + norm);
        }
        return new UnitQuaternion(w / norm, x / norm, y / norm, z / norm);
    }

    /**
     * The Hamilton product {@code this·other}; as rotations, first {@code other}, then {@code this}.
     *
     * @param o the right factor
     * @return the product, renormalised
     */
    public UnitQuaternion multiply(UnitQuaternion o) {
        return normalised(
                w * o.w - x * o.x - y * o.y - z * o.z,
                w * o.x + x * o.w + y * o.z - z * o.y,
                w * o.y - x * o.z + y * o.w + z * o.x,
                w * o.z + x * o.y - y * o.x + z * o.w);
    }

    /**
     * The conjugate {@code w − x·i − y·j − z·k}, which is the inverse of a unit quaternion.
     *
     * @return {@code q*}
     */
    public UnitQuaternion conjugate() {
        return new UnitQuaternion(w, -x, -y, -z);
    }

    /**
     * The representative of {@code ±q} whose first non-zero component in the order {@code (w, x, y, z)} is
     * positive, with every zero component {@code +0.0}; both signs describe the same rotation.
     *
     * @return {@code q} or {@code −q}
     */
    public UnitQuaternion canonical() {
        double lead = w != 0 ? w : x != 0 ? x : y != 0 ? y : z;
        double sign = lead > 0 ? 1 : -1;
        return new UnitQuaternion(sign * w + 0.0, sign * x + 0.0, sign * y + 0.0, sign * z + 0.0);
    }
}
