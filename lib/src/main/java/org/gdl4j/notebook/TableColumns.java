package org.gdl4j.notebook;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gdl4j.Tabular;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/** Builds typed Tablesaw columns from the cells of a {@link Tabular}. */
final class TableColumns {

    private TableColumns() {
    }

    /** Checks that names are unique and every row has one cell per column. */
    static void validate(List<String> names, List<List<Object>> rows) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || !seen.add(name)) {
                throw new IllegalArgumentException(
                        "expected unique, non-null column names but got " + names);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            int size = rows.get(r).size();
            if (size != names.size()) {
                throw new IllegalArgumentException("expected " + names.size() + " cells per row "
                        + names + " but row " + r + " has " + size);
            }
        }
    }

    /** The kind of column {@code index}: the join of its non-null cells, TEXT if there are none. */
    static CellKind kind(List<List<Object>> rows, int index) {
        CellKind kind = null;
        for (List<Object> row : rows) {
            Object cell = row.get(index);
            if (cell != null) {
                CellKind cellKind = CellKind.of(cell);
                kind = kind == null ? cellKind : kind.join(cellKind);
            }
        }
        return kind == null ? CellKind.TEXT : kind;
    }

    /** A column of the given kind holding cell {@code index} of every row; nulls are missing values. */
    static Column<?> column(String name, CellKind kind, List<List<Object>> rows, int index) {
        return switch (kind) {
            case INT -> fill(IntColumn.create(name), rows, index,
                    (c, v) -> c.append(((Number) v).intValue()));
            case LONG -> fill(LongColumn.create(name), rows, index,
                    (c, v) -> c.append(((Number) v).longValue()));
            case DOUBLE -> fill(DoubleColumn.create(name), rows, index,
                    (c, v) -> c.append(((Number) v).doubleValue()));
            case BOOLEAN -> fill(BooleanColumn.create(name), rows, index, (c, v) -> c.append((Boolean) v));
            case TEXT -> fill(StringColumn.create(name), rows, index, (c, v) -> c.append(v.toString()));
        };
    }

    private interface Appender<C> {
        void append(C column, Object value);
    }

    private static <C extends Column<?>> C fill(
            C column, List<List<Object>> rows, int index, Appender<C> appender) {
        for (List<Object> row : rows) {
            Object cell = row.get(index);
            if (cell == null) {
                column.appendMissing();
            } else {
                appender.append(column, cell);
            }
        }
        return column;
    }
}
