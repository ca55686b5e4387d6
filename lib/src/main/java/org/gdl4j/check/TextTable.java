package org.gdl4j.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gdl4j.Tabular;

/** Plain-text rendering of a {@link Tabular}, for assertion messages and {@code toString()}. */
final class TextTable {

    private TextTable() {
    }

    /** The table with a header row, columns padded to their widest cell and separated by two spaces. */
    static String render(Tabular table) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(table.columnNames());
        for (List<Object> row : table.rows()) {
            cells.add(row.stream().map(TextTable::cell).toList());
        }
        int[] widths = new int[table.columnNames().size()];
        for (List<String> row : cells) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : cells) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String cell = row.get(c);
                line.append(c == 0 ? "" : "  ").append(cell).append(" ".repeat(widths[c] - cell.length()));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    /** Doubles in scientific notation with four significant digits; everything else through toString. */
    static String cell(Object value) {
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.3e", d);
        }
        return String.valueOf(value);
    }
}
