package org.gdl4j.ntk.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdl4j.Tabular;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Test accuracy against training-set size for several kernel classifiers. Every classifier sees the same
 * random subsets (drawn once per size), so differences between classifiers are paired.
 *
 * <p>As a table: one row per size, one column per classifier with the mean test accuracy over the subsets and
 * its standard error (sample standard deviation over {@code √S}), in percent.
 */
public final class LearningCurves implements Tabular {

    private final int[] sizes;
    private final int subsets;
    private final Map<String, double[][]> accuracies;

    private LearningCurves(int[] sizes, int subsets, Map<String, double[][]> accuracies) {
        this.sizes = sizes;
        this.subsets = subsets;
        this.accuracies = accuracies;
    }

    /**
     * Evaluates every classifier on {@code subsets} random training subsets of each size.
     *
     * @param classifiers the classifiers; their pools must have the same size {@code P}
     * @param sizes       training-set sizes {@code N ≤ P}
     * @param subsets     subsets per size, {@code ≥ 1}
     * @param seed        seed of the subsets (size {@code N} uses {@code seed + N})
     * @return the curves
     * @throws IllegalArgumentException if the pools differ in size or a size exceeds it
     */
    public static LearningCurves evaluate(List<Classifier> classifiers, int[] sizes, int subsets, long seed) {
        if (classifiers.isEmpty()) {
            throw new IllegalArgumentException("expected at least one classifier");
        }
        int pool = classifiers.get(0).pool().poolSize();
        for (Classifier c : classifiers) {
            if (c.pool().poolSize() != pool) {
                throw new IllegalArgumentException("expected pools of one size but '" + c.name() + "' has "
                        + c.pool().poolSize() + " images, not " + pool);
            }
        }
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (Classifier c : classifiers) {
            if (out.put(c.name(), new double[sizes.length][subsets]) != null) {
                throw new IllegalArgumentException("expected distinct classifier names but '" + c.name()
                        + "' occurs twice");
            }
        }
        for (int s = 0; s < sizes.length; s++) {
            List<int[]> draws = Subsets.random(pool, sizes[s], subsets, seed + sizes[s]);
            for (Classifier c : classifiers) {
                for (int d = 0; d < subsets; d++) {
                    out.get(c.name())[s][d] = c.accuracy(draws.get(d));
                }
            }
        }
        return new LearningCurves(sizes.clone(), subsets, out);
    }

    /**
     * The training-set sizes.
     *
     * @return a copy
     */
    public int[] sizes() {
        return sizes.clone();
    }

    /**
     * The accuracy of one classifier on each subset of one size.
     *
     * @param name the classifier
     * @param n    a size from {@link #sizes()}
     * @return {@code [S]}
     * @throws IllegalArgumentException if the name or size is unknown
     */
    public double[] accuracies(String name, int n) {
        double[][] all = accuracies.get(name);
        if (all == null) {
            throw new IllegalArgumentException("no classifier '" + name + "'; known: " + accuracies.keySet());
        }
        for (int s = 0; s < sizes.length; s++) {
            if (sizes[s] == n) {
                return all[s].clone();
            }
        }
        throw new IllegalArgumentException("no training-set size " + n + "; known: "
                + java.util.Arrays.toString(sizes));
    }

    /**
     * Mean accuracy over the subsets.
     *
     * @param name the classifier
     * @param n    the size
     * @return the mean
     */
    public double mean(String name, int n) {
        return mean(accuracies(name, n));
    }

    /**
     * Standard error of the mean accuracy, {@code sd/√S} (0 for one subset).
     *
     * @param name the classifier
     * @param n    the size
     * @return the standard error
     */
    public double standardError(String name, int n) {
        return standardError(accuracies(name, n));
    }

    /**
     * The paired difference {@code a − b}, averaged over the common subsets.
     *
     * @param a the first classifier
     * @param b the second
     * @param n the size
     * @return mean of {@code acc_a − acc_b} over subsets
     */
    public double meanDifference(String a, String b, int n) {
        return mean(differences(a, b, n));
    }

    /**
     * Standard error of the paired difference.
     *
     * @param a the first classifier
     * @param b the second
     * @param n the size
     * @return {@code sd(acc_a − acc_b)/√S}
     */
    public double differenceStandardError(String a, String b, int n) {
        return standardError(differences(a, b, n));
    }

    private double[] differences(String a, String b, int n) {
        double[] x = accuracies(a, n);
        double[] y = accuracies(b, n);
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        return d;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double standardError(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double m = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - m) * (v - m);
        }
        return Math.sqrt(squares / (values.length - 1) / values.length);
    }

    /**
     * Accuracy (in %) against training-set size on a logarithmic axis, with standard-error bars.
     *
     * @param title the chart title
     * @param names the classifiers to draw, in legend order
     * @return the chart
     */
    public XYChart chart(String title, List<String> names) {
        XYChart chart = new XYChartBuilder().width(720).height(440).title(title)
                .xAxisTitle("training-set size N").yAxisTitle("test accuracy (%)").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        double[] x = new double[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            x[s] = sizes[s];
        }
        for (String name : names) {
            double[] y = new double[sizes.length];
            double[] e = new double[sizes.length];
            for (int s = 0; s < sizes.length; s++) {
                y[s] = 100 * mean(name, sizes[s]);
                e[s] = 100 * standardError(name, sizes[s]);
            }
            chart.addSeries(name, x, y, e);
        }
        return chart;
    }

    /** Columns: {@code N}, then "mean ± s.e." in % for each classifier. */
    @Override
    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        names.add("N");
        for (String name : accuracies.keySet()) {
            names.add(name + " (%)");
        }
        return names;
    }

    /** One row per training-set size. */
    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (int n : sizes) {
            List<Object> row = new ArrayList<>();
            row.add(n);
            for (String name : accuracies.keySet()) {
                row.add(String.format("%.1f ± %.1f", 100 * mean(name, n), 100 * standardError(name, n)));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The mean accuracies as a compact text table, one row per size and one column per classifier.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.format("%5s", "N"));
        for (String name : accuracies.keySet()) {
            out.append(String.format(" | %-22s", name));
        }
        for (int n : sizes) {
            out.append(String.format("%n%5d", n));
            for (String name : accuracies.keySet()) {
                out.append(String.format(" | %5.1f ± %-14.1f", 100 * mean(name, n), 100 * standardError(name, n)));
            }
        }
        return out.toString();
    }
}
