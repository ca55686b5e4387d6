package org.gdl4j;

import java.util.List;

/**
 * A result that reads naturally as a table: equivariance reports, class counts, benchmark rows.
 *
 * <p>Library types implement this small interface instead of depending on a table library;
 * {@code org.gdl4j.notebook.Tables} turns any {@code Tabular} into a Tablesaw table, and the
 * gdl4j Jupyter kernel renders it as HTML.
 */
public interface Tabular {

    /** Column headers, in display order. */
    List<String> columnNames();

    /**
     * The rows; each row has one cell per column, in the order of {@link #columnNames()}. Cells are
     * {@link Number}, {@link String} or {@link Boolean}; anything else is shown through {@code toString()}.
     */
    List<List<Object>> rows();
}
