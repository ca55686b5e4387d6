package org.gdl4j.group;

/** Small 3×3 matrix helpers for SO(3); arrays are row-major {@code m[row][column]}. */
final class Matrix3 {

    private Matrix3() {
    }

    static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
            }
        }
        return c;
    }

    static double[][] aboutZ(double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        return new double[][] {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
    }

    static double[][] aboutY(double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        return new double[][] {{c, 0, s}, {0, 1, 0}, {-s, 0, c}};
    }

    static double determinant(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    /** The largest entry of {@code |mᵀm − I|}. */
    static double orthogonalityError(double[][] m) {
        double worst = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double dot = m[0][i] * m[0][j] + m[1][i] * m[1][j] + m[2][i] * m[2][j];
                worst = Math.max(worst, Math.abs(dot - (i == j ? 1 : 0)));
            }
        }
        return worst;
    }

    /** Rejects anything but a 3×3 array of finite numbers. */
    static void requireFinite3x3(double[][] m) {
        if (m == null || m.length != 3) {
            throw new IllegalArgumentException("expected a 3x3 matrix but got "
                    + (m == null ? "null" : m.length + " rows"));
        }
        for (int i = 0; i < 3; i++) {
            if (m[i] == null || m[i].length != 3) {
                throw new IllegalArgumentException("expected a 3x3 matrix but row " + i + " has "
                        + (m[i] == null ? "no" : m[i].length) + " entries");
            }
            for (double v : m[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("matrix entries must be finite but row " + i
                            + " contains " + v);
                }
            }
        }
    }
}
