package org.gdl4j.notebook;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Writes a Tablesaw table as a self-contained HTML {@code <table>} with inline styles. */
final class HtmlTable {

    private static final String TABLE_STYLE =
            "border-collapse:collapse;font-family:sans-serif;font-size:13px";
    private static final String CAPTION_STYLE =
            "caption-side:top;text-align:left;font-weight:bold;padding:2px 6px";
    private static final String CELL_STYLE = "padding:2px 8px;border-bottom:1px solid #ddd";
    private static final String RIGHT = ";text-align:right";
    private static final String LEFT = ";text-align:left";

    private HtmlTable() {
    }

    static String write(Table table, int maxRows) {
        StringBuilder html = new StringBuilder(256);
        html.append("<table class=\"gdl4j-table\" style=\"").append(TABLE_STYLE).append("\">\n");
        String name = table.name();
        if (name != null && !name.isBlank()) {
            html.append("<caption style=\"").append(CAPTION_STYLE).append("\">")
                    .append(Html.escape(name)).append("</caption>\n");
        }
        header(table, html);
        html.append("<tbody>\n");
        int shown = Math.min(maxRows, table.rowCount());
        for (int r = 0; r < shown; r++) {
            row(table, r, html);
        }
        if (shown < table.rowCount()) {
            moreRows(table.columnCount(), table.rowCount() - shown, html);
        }
        return html.append("</tbody>\n</table>").toString();
    }

    private static void header(Table table, StringBuilder html) {
        html.append("<thead><tr>");
        for (Column<?> column : table.columns()) {
            html.append("<th style=\"").append(CELL_STYLE).append(align(column)).append("\">")
                    .append(Html.escape(column.name())).append("</th>");
        }
        html.append("</tr></thead>\n");
    }

    private static void row(Table table, int r, StringBuilder html) {
        html.append("<tr>");
        for (Column<?> column : table.columns()) {
            String text = column.isMissing(r) ? "" : column.getString(r);
            html.append("<td style=\"").append(CELL_STYLE).append(align(column)).append("\">")
                    .append(Html.escape(text)).append("</td>");
        }
        html.append("</tr>\n");
    }

    private static void moreRows(int columns, int hidden, StringBuilder html) {
        html.append("<tr><td colspan=\"").append(Math.max(1, columns)).append("\" style=\"")
                .append(CELL_STYLE).append(";text-align:center;font-style:italic\">\u2026 ")
                .append(hidden).append(hidden == 1 ? " more row" : " more rows").append("</td></tr>\n");
    }

    private static String align(Column<?> column) {
        return column instanceof NumericColumn<?> ? RIGHT : LEFT;
    }
}
