package org.gdl4j.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gdl4j.Tabular;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class TablesTest {

    private record Rows(List<String> columnNames, List<List<Object>> rows) implements Tabular {
    }

    private static Tabular tabular(List<String> names, Object[]... rows) {
        List<List<Object>> list = new ArrayList<>();
        for (Object[] row : rows) {
            list.add(Arrays.asList(row));
        }
        return new Rows(names, list);
    }

    private static Tabular numbered(int rows) {
        List<List<Object>> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            list.add(List.of(i));
        }
        return new Rows(List.of("i"), list);
    }

    @Test
    void columnTypesFollowTheJavaTypesOfTheCells() {
        Table table = Tables.toTable(tabular(List.of("n", "big", "err", "exact", "element", "mixed"),
                new Object[] {1, 1L << 40, 0.5, true, "r1", 1},
                new Object[] {2L, 3, 0.0, false, "r2", "two"}));
        assertEquals(ColumnType.INTEGER, table.column("n").type());
        assertEquals(ColumnType.LONG, table.column("big").type());
        assertEquals(ColumnType.DOUBLE, table.column("err").type());
        assertEquals(ColumnType.BOOLEAN, table.column("exact").type());
        assertEquals(ColumnType.STRING, table.column("element").type());
        assertEquals(ColumnType.STRING, table.column("mixed").type());
    }

    @Test
    void integersMixedWithDoublesBecomeADoubleColumn() {
        Table table = Tables.toTable(tabular(List.of("x"), new Object[] {1}, new Object[] {2.5}));
        assertEquals(ColumnType.DOUBLE, table.column("x").type());
        assertEquals(1.0, table.doubleColumn("x").get(0));
    }

    @Test
    void nullCellsAreMissingValuesAndDoNotChangeTheType() {
        Table table = Tables.toTable(tabular(List.of("x"), new Object[] {null}, new Object[] {3}));
        assertEquals(ColumnType.INTEGER, table.column("x").type());
        assertTrue(table.column("x").isMissing(0));
    }

    @Test
    void rowsOfTheWrongLengthAreRejectedWithTheRowIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tables.toTable(tabular(List.of("a", "b"), new Object[] {1, 2}, new Object[] {1})));
        assertTrue(e.getMessage().contains("row 1 has 1"), e.getMessage());
    }

    @Test
    void repeatedColumnNamesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Tables.toTable(tabular(List.of("a", "a"), new Object[] {1, 2})));
    }

    @Test
    void htmlEscapesCellsHeadersAndCaption() {
        Table table = Tables.toTable("<i>t</i>", tabular(List.of("a&b"), new Object[] {"<b>&"}));
        String html = Tables.toHtml(table, 10);
        assertTrue(html.contains("<td style=\"padding:2px 8px;border-bottom:1px solid #ddd;text-align:left\">"
                + "&lt;b&gt;&amp;</td>"), html);
        assertTrue(html.contains(">a&amp;b</th>"), html);
        assertTrue(html.contains(">&lt;i&gt;t&lt;/i&gt;</caption>"), html);
        assertFalse(html.contains("<b>"), html);
    }

    @Test
    void htmlHasAHeaderRowFromTheColumnNames() {
        String html = Tables.toHtml(tabular(List.of("element", "max error"), new Object[] {"r1", 0.25}));
        assertTrue(html.startsWith("<table"), html);
        assertTrue(html.endsWith("</table>"), html);
        assertTrue(html.indexOf(">element</th>") < html.indexOf(">max error</th>"), html);
    }

    @Test
    void numbersAreRightAlignedAndTextLeftAligned() {
        String html = Tables.toHtml(tabular(List.of("name", "count"), new Object[] {"cat", 7}));
        assertTrue(html.contains("text-align:right\">7</td>"), html);
        assertTrue(html.contains("text-align:left\">cat</td>"), html);
    }

    @Test
    void truncatedTablesEndWithACountOfTheHiddenRows() {
        String html = Tables.toHtml(Tables.toTable(numbered(8)), 5);
        assertTrue(html.contains(">4</td>"), html);
        assertFalse(html.contains(">5</td>"), html);
        assertTrue(html.contains("\u2026 3 more rows</td>"), html);
    }

    @Test
    void tablesThatFitHaveNoTruncationRow() {
        String html = Tables.toHtml(Tables.toTable(numbered(5)), 5);
        assertFalse(html.contains("more row"), html);
    }

    @Test
    void defaultHtmlShowsFiftyRows() {
        String html = Tables.toHtml(numbered(51));
        assertTrue(html.contains("\u2026 1 more row</td>"), html);
    }

    @Test
    void unnamedTablesHaveNoCaption() {
        assertFalse(Tables.toHtml(numbered(1)).contains("<caption"));
    }

    @Test
    void missingCellsAreEmpty() {
        String html = Tables.toHtml(tabular(List.of("x"), new Object[] {null}, new Object[] {2.5}));
        assertTrue(html.contains("text-align:right\"></td>"), html);
    }

    @Test
    void negativeMaxRowsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Tables.toHtml(Tables.toTable(numbered(1)), -1));
    }
}
