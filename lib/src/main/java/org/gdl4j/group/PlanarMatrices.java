package org.gdl4j.group;

/** Rotation and mirror matrices of the plane, shared by the planar groups. */
final class PlanarMatrices {

    /** 2π, the full turn. */
    static final double FULL_TURN = 2 * Math.PI;

    private PlanarMatrices() {
    }

    /**
     * The rotation by {@code 2πk/n}, exact when the angle is a multiple of {@code π/2}.
     */
    static double[][] rotation(int k, int n) {
        if (Math.floorMod(4L * k, n) == 0) {
            return quarterTurns((int) Math.floorMod(4L * k / n, 4L));
        }
        return rotation(FULL_TURN * k / n);
    }

    /** The rotation by {@code angle} radians, counter-clockwise; zeros are {@code +0.0}. */
    static double[][] rotation(double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        return new double[][] {{c, -s + 0.0}, {s, c}};
    }

    /**
     * The matrix {@code F·m} with {@code F = diag(−1, 1)}: the mirror {@code x → −x} applied after m; zeros
     * are {@code +0.0}.
     */
    static double[][] mirrorAfter(double[][] m) {
        return new double[][] {{-m[0][0] + 0.0, -m[0][1] + 0.0}, {m[1][0], m[1][1]}};
    }

    private static double[][] quarterTurns(int quarters) {
        return switch (quarters) {
            case 0 -> new double[][] {{1, 0}, {0, 1}};
            case 1 -> new double[][] {{0, -1}, {1, 0}};
            case 2 -> new double[][] {{-1, 0}, {0, -1}};
            default -> new double[][] {{0, 1}, {-1, 0}};
        };
    }

    /** Reduces an angle to {@code [0, 2π)}; {@code −0.0} becomes {@code +0.0}. */
    static double wrap(double angle) {
        double wrapped = angle % FULL_TURN;
        if (wrapped < 0) {
            wrapped += FULL_TURN;
        }
        return wrapped >= FULL_TURN ? 0.0 : wrapped + 0.0;
    }
}
