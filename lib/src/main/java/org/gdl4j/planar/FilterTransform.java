package org.gdl4j.planar;

import org.gdl4j.group.PlanarSymmetry;

/**
 * How a planar symmetry acts on a {@code k×k} filter, as a {@code k²×k²} matrix {@code P} with
 * {@code (g·ψ)[p] = Σ_q P[p][q] ψ[q]} over row-major pixel indices.
 *
 * <p>The action is {@code (g·ψ)(x) = ψ(g⁻¹x)} about the filter's centre pixel, with {@code x} pointing
 * right and {@code y} up (row 0 on top), the convention of {@code org.gdl4j.grid}: +90° moves the pixel
 * right of the centre to above it. Rotations by multiples of 90° and reflections map pixels onto pixels, so
 * {@code P} is a permutation matrix; other angles sample {@code ψ} by bilinear interpolation (zero outside
 * the filter), which is only approximately a group action.
 */
final class FilterTransform {

    private static final double GRID_TOLERANCE = 1e-9;

    private FilterTransform() {
    }

    /**
     * The matrix of {@code g} on {@code k×k} filters.
     *
     * @param g the symmetry
     * @param k the odd filter size
     * @return {@code P}, {@code [k², k²]}
     */
    static double[][] matrix(PlanarSymmetry g, int k) {
        int size = k * k;
        double[][] p = new double[size][size];
        double[][] m = g.matrix();
        double centre = (k - 1) / 2.0;
        for (int row = 0; row < k; row++) {
            for (int column = 0; column < k; column++) {
                double x = column - centre;
                double y = centre - row;
                // g⁻¹ = gᵀ for an orthogonal matrix
                double sourceX = m[0][0] * x + m[1][0] * y;
                double sourceY = m[0][1] * x + m[1][1] * y;
                sample(p[row * k + column], centre + sourceX, centre - sourceY, k);
            }
        }
        return p;
    }

    /** Whether {@code g} maps the pixel grid onto itself (a multiple of 90°, possibly with a reflection). */
    static boolean isExact(PlanarSymmetry g) {
        double quarterTurns = g.angle() / (Math.PI / 2);
        return Math.abs(quarterTurns - Math.rint(quarterTurns)) < GRID_TOLERANCE;
    }

    /** Adds the bilinear weights of the point (column, row) to {@code weights}. */
    private static void sample(double[] weights, double column, double row, int k) {
        double c0 = Math.floor(column + GRID_TOLERANCE);
        double r0 = Math.floor(row + GRID_TOLERANCE);
        double fc = Math.max(0, column - c0);
        double fr = Math.max(0, row - r0);
        addIfInside(weights, (int) r0, (int) c0, (1 - fr) * (1 - fc), k);
        addIfInside(weights, (int) r0, (int) c0 + 1, (1 - fr) * fc, k);
        addIfInside(weights, (int) r0 + 1, (int) c0, fr * (1 - fc), k);
        addIfInside(weights, (int) r0 + 1, (int) c0 + 1, fr * fc, k);
    }

    private static void addIfInside(double[] weights, int row, int column, double weight, int k) {
        if (weight > GRID_TOLERANCE && row >= 0 && row < k && column >= 0 && column < k) {
            weights[row * k + column] += weight;
        }
    }
}
