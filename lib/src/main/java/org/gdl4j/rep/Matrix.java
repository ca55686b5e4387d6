package org.gdl4j.rep;

import java.util.Arrays;

/**
 * An immutable real matrix of doubles, stored row-major.
 *
 * <p>Small and dense: the matrices of representations of finite groups, change-of-basis matrices and
 * their products. Equality is entry-wise exact ({@link Arrays#equals(double[], double[])}); compare computed
 * matrices with {@link #maxAbsDifference(Matrix)}.
 */
public final class Matrix {

    private final int rows;
    private final int columns;
    private final double[] entries;

    private Matrix(int rows, int columns, double[] entries) {
        this.rows = rows;
        this.columns = columns;
        this.entries = entries;
    }

    /**
     * A matrix with the given entries, copied.
     *
     * @param entries a rectangular array {@code entries[row][column]} of finite numbers, at least 1×1
     * @return the matrix
     * @throws IllegalArgumentException if the array is empty, ragged or contains a non-finite number
     */
    public static Matrix of(double[][] entries) {
        if (entries == null || entries.length == 0 || entries[0] == null || entries[0].length == 0) {
            throw new IllegalArgumentException("a matrix needs at least one row and one column");
        }
        int rows = entries.length;
        int columns = entries[0].length;
        double[] flat = new double[rows * columns];
        for (int i = 0; i < rows; i++) {
            if (entries[i] == null || entries[i].length != columns) {
                throw new IllegalArgumentException("expected " + columns + " entries in every row but row " + i
                        + " has " + (entries[i] == null ? "none" : entries[i].length));
            }
            for (int j = 0; j < columns; j++) {
                flat[i * columns + j] = requireFinite(entries[i][j], i, j);
            }
        }
        return new Matrix(rows, columns, flat);
    }

    private static double requireFinite(double value, int row, int column) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("matrix entries must be finite but entry (" + row + ", "
                    + column + ") is " + value);
        }
        return value;
    }

    /**
     * The {@code n×n} identity matrix.
     *
     * @param n the size, {@code n ≥ 1}
     * @return {@code I_n}
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static Matrix identity(int n) {
        Matrix zero = zeros(n, n);
        for (int i = 0; i < n; i++) {
            zero.entries[i * n + i] = 1;
        }
        return zero;
    }

    /**
     * The {@code rows×columns} zero matrix.
     *
     * @param rows    the number of rows, at least 1
     * @param columns the number of columns, at least 1
     * @return the zero matrix
     * @throws IllegalArgumentException if a size is below 1
     */
    public static Matrix zeros(int rows, int columns) {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("matrix sizes must be at least 1 but got " + rows + "x" + columns);
        }
        return new Matrix(rows, columns, new double[rows * columns]);
    }

    /**
     * The number of rows.
     *
     * @return rows
     */
    public int rows() {
        return rows;
    }

    /**
     * The number of columns.
     *
     * @return columns
     */
    public int columns() {
        return columns;
    }

    /**
     * Whether the matrix is square.
     *
     * @return {@code rows() == columns()}
     */
    public boolean isSquare() {
        return rows == columns;
    }

    /**
     * The entry in row {@code i}, column {@code j}.
     *
     * @param i the row, {@code 0 ≤ i < rows()}
     * @param j the column, {@code 0 ≤ j < columns()}
     * @return the entry
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double get(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= columns) {
            throw new IndexOutOfBoundsException("entry (" + i + ", " + j + ") is outside a " + rows + "x"
                    + columns + " matrix");
        }
        return entries[i * columns + j];
    }

    /**
     * The product {@code this · other}.
     *
     * @param other a matrix with {@code other.rows() == columns()}
     * @return the product, {@code rows() × other.columns()}
     * @throws IllegalArgumentException if the inner sizes differ
     */
    public Matrix multiply(Matrix other) {
        if (columns != other.rows) {
            throw new IllegalArgumentException("cannot multiply " + shape() + " by " + other.shape());
        }
        double[] product = new double[rows * other.columns];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < columns; k++) {
                double left = entries[i * columns + k];
                if (left != 0) {
                    for (int j = 0; j < other.columns; j++) {
                        product[i * other.columns + j] += left * other.entries[k * other.columns + j];
                    }
                }
            }
        }
        return new Matrix(rows, other.columns, product);
    }

    /**
     * The transpose.
     *
     * @return {@code thisᵀ}, {@code columns() × rows()}
     */
    public Matrix transpose() {
        double[] transposed = new double[entries.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                transposed[j * rows + i] = entries[i * columns + j];
            }
        }
        return new Matrix(columns, rows, transposed);
    }

    /**
     * The inverse, by Gauss–Jordan elimination with partial pivoting.
     *
     * @return {@code this⁻¹}
     * @throws IllegalArgumentException if the matrix is not square or is singular to working precision
     */
    public Matrix inverse() {
        return GaussJordan.invert(this);
    }

    /**
     * The trace, the sum of the diagonal.
     *
     * @return {@code tr this}
     * @throws IllegalArgumentException if the matrix is not square
     */
    public double trace() {
        requireSquare("trace");
        double sum = 0;
        for (int i = 0; i < rows; i++) {
            sum += entries[i * columns + i];
        }
        return sum;
    }

    /**
     * The block-diagonal matrix {@code [[this, 0], [0, other]]}.
     *
     * @param other the lower-right block
     * @return the direct sum, {@code (rows() + other.rows()) × (columns() + other.columns())}
     */
    public Matrix directSum(Matrix other) {
        int sumColumns = columns + other.columns;
        double[] sum = new double[(rows + other.rows) * sumColumns];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(entries, i * columns, sum, i * sumColumns, columns);
        }
        for (int i = 0; i < other.rows; i++) {
            System.arraycopy(other.entries, i * other.columns, sum, (rows + i) * sumColumns + columns,
                    other.columns);
        }
        return new Matrix(rows + other.rows, sumColumns, sum);
    }

    /**
     * The largest absolute entry-wise difference {@code max |this − other|}.
     *
     * @param other a matrix of the same shape
     * @return the maximum absolute difference
     * @throws IllegalArgumentException if the shapes differ
     */
    public double maxAbsDifference(Matrix other) {
        if (rows != other.rows || columns != other.columns) {
            throw new IllegalArgumentException("cannot compare " + shape() + " with " + other.shape());
        }
        double worst = 0;
        for (int i = 0; i < entries.length; i++) {
            worst = Math.max(worst, Math.abs(entries[i] - other.entries[i]));
        }
        return worst;
    }

    /**
     * The entries as a fresh array {@code [rows()][columns()]}.
     *
     * @return a copy of the entries
     */
    public double[][] toArray() {
        double[][] copy = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(entries, i * columns, copy[i], 0, columns);
        }
        return copy;
    }

    void requireSquare(String operation) {
        if (!isSquare()) {
            throw new IllegalArgumentException(operation + " needs a square matrix but got " + shape());
        }
    }

    String shape() {
        return rows + "x" + columns;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && rows == m.rows && columns == m.columns
                && Arrays.equals(entries, m.entries);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + columns) + Arrays.hashCode(entries);
    }

    /**
     * The entries row by row, for example {@code [[1.0, 0.0], [0.0, 1.0]]}.
     *
     * @return a readable form of the matrix
     */
    @Override
    public String toString() {
        return Arrays.deepToString(toArray());
    }
}
