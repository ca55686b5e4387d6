package org.gdl4j.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gdl4j.Tabular;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * XChart figures for notebooks: encoding any chart as PNG, and the few charts the notebooks draw
 * again and again (curves against epochs or training time, class counts).
 *
 * <p>The charts returned are ordinary XChart objects: adjust them further (log axes, colours) and
 * display them; the gdl4j Jupyter kernel shows any XChart chart through {@link #pngBase64}.
 */
public final class Figures {

    /** Width in pixels of the charts made here. */
    public static final int WIDTH = 640;
    /** Height in pixels of the charts made here. */
    public static final int HEIGHT = 400;

    /** Series longer than this are drawn as lines without markers. */
    private static final int MARKER_LIMIT = 30;
    /** Bar charts with more categories than this tilt their labels. */
    private static final int UPRIGHT_LABEL_LIMIT = 6;

    private Figures() {
    }

    /**
     * Encodes a chart as a PNG image of the chart's size.
     *
     * @param chart any XChart chart
     * @return the PNG file's bytes
     * @throws UncheckedIOException if encoding fails
     */
    public static byte[] png(Chart<?, ?> chart) {
        Objects.requireNonNull(chart, "chart");
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
    }

    /**
     * Encodes a chart as base64 PNG, the form of a Jupyter {@code image/png} output.
     *
     * @param chart any XChart chart
     * @return the PNG bytes in base64, without line breaks
     */
    public static String pngBase64(Chart<?, ?> chart) {
        return Base64.getEncoder().encodeToString(png(chart));
    }

    /**
     * A line chart of several named series against shared x values, such as training and test
     * loss against epochs. The legend is shown when there is more than one series.
     *
     * @param title  chart title
     * @param xTitle x-axis title
     * @param yTitle y-axis title
     * @param x      x values, length {@code n >= 1}
     * @param series y values by series name, in legend order; each of length {@code n}
     * @return a new chart of {@link #WIDTH} × {@link #HEIGHT} pixels
     * @throws IllegalArgumentException if there is no series or a series' length differs from {@code n}
     */
    public static XYChart lineChart(
            String title, String xTitle, String yTitle, double[] x, Map<String, double[]> series) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(series, "series");
        if (x.length == 0 || series.isEmpty()) {
            throw new IllegalArgumentException("expected at least one x value and one series but got "
                    + x.length + " x values and " + series.size() + " series");
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendVisible(series.size() > 1);
        series.forEach((name, y) -> {
            if (y.length != x.length) {
                throw new IllegalArgumentException("expected series '" + name + "' to have "
                        + x.length + " values (one per x) but got " + y.length);
            }
            XYSeries added = chart.addSeries(name, x, y);
            if (x.length > MARKER_LIMIT) {
                added.setMarker(SeriesMarkers.NONE);
            }
        });
        return chart;
    }

    /**
     * A bar chart of how many samples each class has, for a first look at a data set.
     *
     * @param title      chart title
     * @param classNames one name per class, length {@code K}
     * @param counts     samples per class, length {@code K}
     * @return a new chart of {@link #WIDTH} × {@link #HEIGHT} pixels
     * @throws IllegalArgumentException if the lengths differ or are zero
     */
    public static CategoryChart classCounts(String title, List<String> classNames, int[] counts) {
        Objects.requireNonNull(classNames, "classNames");
        Objects.requireNonNull(counts, "counts");
        List<Integer> values = new ArrayList<>(counts.length);
        for (int count : counts) {
            values.add(count);
        }
        return barChart(title, "class", "count", classNames, values);
    }

    /**
     * A bar chart of one numeric column of a table against a category column, such as the
     * invariance error per group element of an equivariance report.
     *
     * @param title          chart title
     * @param table          the result to plot
     * @param categoryColumn name of the column giving the bar labels (shown with {@code toString()})
     * @param valueColumn    name of the column giving the bar heights; its cells must be numbers
     * @return a new chart of {@link #WIDTH} × {@link #HEIGHT} pixels
     * @throws IllegalArgumentException if a column is absent, a value is not a number, or the table is empty
     */
    public static CategoryChart barChart(
            String title, Tabular table, String categoryColumn, String valueColumn) {
        Objects.requireNonNull(table, "table");
        int c = columnIndex(table, categoryColumn);
        int v = columnIndex(table, valueColumn);
        List<String> categories = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            if (!(row.get(v) instanceof Number number)) {
                throw new IllegalArgumentException("expected numbers in column '" + valueColumn
                        + "' but got " + row.get(v));
            }
            categories.add(String.valueOf(row.get(c)));
            values.add(number);
        }
        return barChart(title, categoryColumn, valueColumn, categories, values);
    }

    private static CategoryChart barChart(
            String title, String xTitle, String yTitle,
            List<String> categories, List<? extends Number> values) {
        if (categories.isEmpty() || categories.size() != values.size()) {
            throw new IllegalArgumentException("expected as many values as categories (at least one) but got "
                    + categories.size() + " categories and " + values.size() + " values");
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendVisible(false);
        if (categories.size() > UPRIGHT_LABEL_LIMIT) {
            chart.getStyler().setXAxisLabelRotation(45);
        }
        chart.addSeries(yTitle, List.copyOf(categories), List.copyOf(values));
        return chart;
    }

    private static int columnIndex(Tabular table, String name) {
        int index = table.columnNames().indexOf(Objects.requireNonNull(name, "column name"));
        if (index < 0) {
            throw new IllegalArgumentException("expected one of the columns " + table.columnNames()
                    + " but got '" + name + "'");
        }
        return index;
    }
}
