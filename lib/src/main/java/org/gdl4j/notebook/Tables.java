package org.gdl4j.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gdl4j.Tabular;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Tables for notebooks: library results ({@link Tabular}) as Tablesaw tables, and Tablesaw tables
 * as HTML that every Jupyter front end shows without scripts or style sheets.
 *
 * <p>Column types follow the Java types of the cells: a column whose cells are all
 * {@code Integer}, {@code Long}, {@code Short} or {@code Byte} becomes an {@code IntColumn} (a
 * {@code LongColumn} if a value does not fit an {@code int}); one with any other number
 * ({@code Double}, {@code Float}, ...) becomes a {@code DoubleColumn}, even when its values happen
 * to be whole; all {@code Boolean} becomes a {@code BooleanColumn}; anything else, including a
 * mix of kinds, becomes a {@code StringColumn} of {@code toString()}. Null cells are missing
 * values and do not take part in choosing the type.
 */
public final class Tables {

    /** Rows shown by {@link #toHtml(Tabular)} before the rest are summarised. */
    public static final int DEFAULT_MAX_ROWS = 50;

    private Tables() {
    }

    /**
     * Converts a tabular result into an unnamed Tablesaw table.
     *
     * @param tabular the result; every row must have one cell per column
     * @return a new table with one typed column per column of {@code tabular}
     * @throws IllegalArgumentException if column names repeat or a row has the wrong length
     */
    public static Table toTable(Tabular tabular) {
        return toTable("", tabular);
    }

    /**
     * Converts a tabular result into a named Tablesaw table; the name becomes the HTML caption.
     *
     * @param name    the table's name, for example {@code "C4 equivariance"}; blank for none
     * @param tabular the result; every row must have one cell per column
     * @return a new table with one typed column per column of {@code tabular}
     * @throws IllegalArgumentException if column names repeat or a row has the wrong length
     */
    public static Table toTable(String name, Tabular tabular) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tabular, "tabular");
        List<String> names = List.copyOf(tabular.columnNames());
        List<List<Object>> rows = tabular.rows();
        TableColumns.validate(names, rows);
        List<Column<?>> columns = new ArrayList<>(names.size());
        for (int c = 0; c < names.size(); c++) {
            columns.add(TableColumns.column(names.get(c), TableColumns.kind(rows, c), rows, c));
        }
        return Table.create(name, columns);
    }

    /**
     * Writes a table as a self-contained HTML {@code <table>}: the table name (if not blank) as
     * caption, a header row of column names, numbers right-aligned, every cell escaped, and a last
     * row "… n more rows" when rows were left out. Cells are the columns' formatted strings, so a
     * print formatter set on a column applies; missing values are empty cells.
     *
     * @param table   the table to show
     * @param maxRows the most rows to show, {@code >= 0}
     * @return HTML for a Jupyter {@code text/html} output
     */
    public static String toHtml(Table table, int maxRows) {
        Objects.requireNonNull(table, "table");
        if (maxRows < 0) {
            throw new IllegalArgumentException("expected maxRows >= 0 but got " + maxRows);
        }
        return HtmlTable.write(table, maxRows);
    }

    /**
     * Writes a tabular result as HTML, showing at most {@link #DEFAULT_MAX_ROWS} rows; see
     * {@link #toHtml(Table, int)}.
     *
     * @param tabular the result
     * @return HTML for a Jupyter {@code text/html} output
     */
    public static String toHtml(Tabular tabular) {
        return toHtml(toTable(tabular), DEFAULT_MAX_ROWS);
    }
}
