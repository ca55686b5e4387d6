package org.gdl4j.group;

/** Conversions between unit quaternions and 3×3 rotation matrices. */
final class QuaternionMatrices {

    private QuaternionMatrices() {
    }

    /** The rotation matrix of {@code v ↦ q v q*}. */
    static double[][] toMatrix(UnitQuaternion q) {
        double w = q.w();
        double x = q.x();
        double y = q.y();
        double z = q.z();
        return new double[][] {
            {1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y)},
            {2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)},
            {2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)}};
    }

    /**
     * Shepperd's method: pivots on the largest of {@code tr m, m00, m11, m22} so that the square root is taken
     * of a number at least 1 and no component is recovered by cancellation.
     */
    static UnitQuaternion fromMatrix(double[][] m) {
        double trace = m[0][0] + m[1][1] + m[2][2];
        double largestDiagonal = Math.max(m[0][0], Math.max(m[1][1], m[2][2]));
        if (trace >= largestDiagonal) {
            double w4 = 2 * Math.sqrt(1 + trace);
            return UnitQuaternion.normalised(w4 / 4, (m[2][1] - m[1][2]) / w4, (m[0][2] - m[2][0]) / w4,
                    (m[1][0] - m[0][1]) / w4);
        }
        if (m[0][0] == largestDiagonal) {
            double x4 = 2 * Math.sqrt(1 + m[0][0] - m[1][1] - m[2][2]);
            return UnitQuaternion.normalised((m[2][1] - m[1][2]) / x4, x4 / 4, (m[0][1] + m[1][0]) / x4,
                    (m[0][2] + m[2][0]) / x4);
        }
        if (m[1][1] == largestDiagonal) {
            double y4 = 2 * Math.sqrt(1 - m[0][0] + m[1][1] - m[2][2]);
            return UnitQuaternion.normalised((m[0][2] - m[2][0]) / y4, (m[0][1] + m[1][0]) / y4, y4 / 4,
                    (m[1][2] + m[2][1]) / y4);
        }
        double z4 = 2 * Math.sqrt(1 - m[0][0] - m[1][1] + m[2][2]);
        return UnitQuaternion.normalised((m[1][0] - m[0][1]) / z4, (m[0][2] + m[2][0]) / z4,
                (m[1][2] + m[2][1]) / z4, z4 / 4);
    }
}
