package org.gdl4j.rep;

/** Matrix inversion by Gauss–Jordan elimination with partial pivoting. */
final class GaussJordan {

    /** A pivot below this multiple of the largest entry counts as zero. */
    private static final double RELATIVE_PIVOT_TOLERANCE = 1e-13;

    private GaussJordan() {
    }

    static Matrix invert(Matrix m) {
        m.requireSquare("inverse");
        int n = m.rows();
        double[][] a = m.toArray();
        double[][] inverse = Matrix.identity(n).toArray();
        double scale = largestAbsEntry(a);
        for (int column = 0; column < n; column++) {
            int pivot = pivotRow(a, column);
            if (Math.abs(a[pivot][column]) <= RELATIVE_PIVOT_TOLERANCE * scale) {
                throw new IllegalArgumentException("cannot invert a singular " + m.shape() + " matrix: pivot "
                        + a[pivot][column] + " in column " + column);
            }
            swapRows(a, inverse, column, pivot);
            eliminate(a, inverse, column);
        }
        return Matrix.of(inverse);
    }

    private static int pivotRow(double[][] a, int column) {
        int best = column;
        for (int row = column + 1; row < a.length; row++) {
            if (Math.abs(a[row][column]) > Math.abs(a[best][column])) {
                best = row;
            }
        }
        return best;
    }

    private static void swapRows(double[][] a, double[][] b, int i, int j) {
        double[] rowA = a[i];
        a[i] = a[j];
        a[j] = rowA;
        double[] rowB = b[i];
        b[i] = b[j];
        b[j] = rowB;
    }

    private static void eliminate(double[][] a, double[][] b, int column) {
        double pivot = a[column][column];
        for (int j = 0; j < a.length; j++) {
            a[column][j] /= pivot;
            b[column][j] /= pivot;
        }
        for (int row = 0; row < a.length; row++) {
            double factor = a[row][column];
            if (row != column && factor != 0) {
                for (int j = 0; j < a.length; j++) {
                    a[row][j] -= factor * a[column][j];
                    b[row][j] -= factor * b[column][j];
                }
            }
        }
    }

    private static double largestAbsEntry(double[][] a) {
        double largest = 0;
        for (double[] row : a) {
            for (double v : row) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        return largest;
    }
}
