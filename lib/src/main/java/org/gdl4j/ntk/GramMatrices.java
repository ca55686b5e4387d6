package org.gdl4j.ntk;

import java.util.Objects;

/**
 * NNGP and NTK Gram matrices between two data sets, {@code K(X, X')} and {@code Θ(X, X')}.
 *
 * <p>Shapes: both {@code [N1][N2]}, rows indexed by the first data set. The arrays are shared, not copied.
 *
 * @param nngp {@code K(x_i, x'_j)}
 * @param ntk  {@code Θ(x_i, x'_j)}
 */
public record GramMatrices(double[][] nngp, double[][] ntk) {

    /**
     * Checks that both matrices are rectangular of one shape.
     *
     * @param nngp {@code K(x_i, x'_j)}
     * @param ntk  {@code Θ(x_i, x'_j)}
     * @throws IllegalArgumentException if the shapes differ or rows are ragged
     */
    public GramMatrices {
        Objects.requireNonNull(nngp, "nngp");
        Objects.requireNonNull(ntk, "ntk");
        int columns = Matrices.columns(nngp, "nngp");
        if (ntk.length != nngp.length || Matrices.columns(ntk, "ntk") != columns) {
            throw new IllegalArgumentException("expected nngp and ntk of one shape but got [" + nngp.length
                    + "][" + columns + "] and [" + ntk.length + "][" + Matrices.columns(ntk, "ntk") + "]");
        }
    }

    /**
     * Rows, {@code N1}.
     *
     * @return the number of rows
     */
    public int rows() {
        return nngp.length;
    }

    /**
     * Columns, {@code N2}.
     *
     * @return the number of columns
     */
    public int columns() {
        return nngp.length == 0 ? 0 : nngp[0].length;
    }
}
