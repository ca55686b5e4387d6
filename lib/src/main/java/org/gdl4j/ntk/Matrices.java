package org.gdl4j.ntk;

/** Shape checks and small dense operations on {@code double[][]} matrices. */
final class Matrices {

    private Matrices() {
    }

    /** The common row length, or an exception naming the matrix. */
    static int columns(double[][] m, String name) {
        int columns = m.length == 0 ? 0 : m[0].length;
        for (int i = 0; i < m.length; i++) {
            if (m[i].length != columns) {
                throw new IllegalArgumentException("expected " + name + " with rows of " + columns
                        + " entries but row " + i + " has " + m[i].length);
            }
        }
        return columns;
    }

    /** Checks {@code [rows][columns]}. */
    static void requireShape(double[][] m, int rows, int columns, String name) {
        int actual = columns(m, name);
        if (m.length != rows || (rows > 0 && actual != columns)) {
            throw new IllegalArgumentException("expected " + name + " [" + rows + "][" + columns + "] but got ["
                    + m.length + "][" + actual + "]");
        }
    }

    /** Checks a non-empty square matrix and returns its size. */
    static int requireSquare(double[][] m, String name) {
        int columns = columns(m, name);
        if (m.length == 0 || columns != m.length) {
            throw new IllegalArgumentException("expected a non-empty square " + name + " [N][N] but got ["
                    + m.length + "][" + columns + "]");
        }
        return m.length;
    }

    /** {@code a · b}, {@code [n][k] · [k][m]}. */
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int k = b.length;
        int m = k == 0 ? 0 : b[0].length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < k; l++) {
                double ail = a[i][l];
                for (int j = 0; j < m; j++) {
                    out[i][j] += ail * b[l][j];
                }
            }
        }
        return out;
    }

    /** Deep copy. */
    static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
