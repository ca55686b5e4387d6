package org.gdl4j.group;

/**
 * ZYZ Euler angles of a rotation in the active convention {@code R = Rz(α)·Ry(β)·Rz(γ)}: first rotate by
 * {@code γ} about z, then by {@code β} about y, then by {@code α} about z, all about the fixed axes and
 * counter-clockwise when the axis points at the viewer (right-hand rule).
 *
 * <p>{@code α} and {@code γ} are wrapped into {@code [0, 2π)}; {@code β ∈ [0, π]}. In the gimbal cases
 * {@code β = 0} and {@code β = π} only {@code α + γ} (resp. {@code α − γ}) is determined;
 * {@link Rotation3D#eulerZYZ()} then returns {@code γ = 0}. This is the convention of Cohen et al.,
 * "Spherical CNNs" (ICLR 2018), and of the SOFT grids: the point {@code R(α, β, 0)·e_z} has colatitude
 * {@code β} and longitude {@code α}.
 *
 * @param alpha the last rotation about z, radians in {@code [0, 2π)}
 * @param beta  the rotation about y, radians in {@code [0, π]}
 * @param gamma the first rotation about z, radians in {@code [0, 2π)}
 */
public record EulerAnglesZYZ(double alpha, double beta, double gamma) {

    /**
     * Validates {@code β} and wraps {@code α}, {@code γ} into {@code [0, 2π)}.
     *
     * @param alpha see the record component {@code alpha}
     * @param beta see the record component {@code beta}
     * @param gamma see the record component {@code gamma}
     * @throws IllegalArgumentException if an angle is not finite or {@code β} is outside {@code [0, π]}
     */
    public EulerAnglesZYZ {
        if (!Double.isFinite(alpha) || !Double.isFinite(beta) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("Euler angles must be finite but got (" + alpha + ", " + beta
                    + ", " + gamma + ")");
        }
        if (beta < 0 || beta > Math.PI) {
            throw new IllegalArgumentException("Euler angle beta must be in [0, pi] but got " + beta);
        }
        alpha = PlanarMatrices.wrap(alpha);
        beta = beta + 0.0;
        gamma = PlanarMatrices.wrap(gamma);
    }
}
