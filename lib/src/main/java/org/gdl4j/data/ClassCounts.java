package org.gdl4j.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.gdl4j.Tabular;

/**
 * How many images of each class a {@link LabeledImages} holds, as a table with the columns
 * {@code class} (index), {@code name} and {@code count}, one row per class.
 *
 * @param classNames class names, index {@code c} naming class {@code c}
 * @param counts number of images per class, same length as {@code classNames}
 */
public record ClassCounts(List<String> classNames, int[] counts) implements Tabular {

    private static final List<String> COLUMNS = List.of("class", "name", "count");

    /** Checks that there is one count per class name, none negative, and copies both. */
    public ClassCounts {
        classNames = List.copyOf(classNames);
        counts = Objects.requireNonNull(counts, "counts").clone();
        if (counts.length != classNames.size()) {
            throw new IllegalArgumentException("expected one count per class: " + classNames.size()
                    + " class names but " + counts.length + " counts");
        }
        if (Arrays.stream(counts).anyMatch(count -> count < 0)) {
            throw new IllegalArgumentException("counts must not be negative: " + Arrays.toString(counts));
        }
    }

    /** The counts, index {@code c} for class {@code c} (a copy). */
    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** The number of images of class {@code classIndex}. */
    public int count(int classIndex) {
        return counts[Objects.checkIndex(classIndex, counts.length)];
    }

    /** The number of images over all classes. */
    public int total() {
        return Arrays.stream(counts).sum();
    }

    /** {@code class}, {@code name}, {@code count}. */
    @Override
    public List<String> columnNames() {
        return COLUMNS;
    }

    /** One row per class: index (Integer), name (String), count (Integer). */
    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>(counts.length);
        for (int c = 0; c < counts.length; c++) {
            rows.add(List.of(c, classNames.get(c), counts[c]));
        }
        return List.copyOf(rows);
    }

    /** Equal when names and counts agree. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ClassCounts that && classNames.equals(that.classNames)
                && Arrays.equals(counts, that.counts);
    }

    /** A hash consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return 31 * classNames.hashCode() + Arrays.hashCode(counts);
    }

    /** For example {@code ClassCounts[T-shirt/top=1000, Trouser=1000, ...]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ClassCounts[");
        for (int c = 0; c < counts.length; c++) {
            text.append(c == 0 ? "" : ", ").append(classNames.get(c)).append('=').append(counts[c]);
        }
        return text.append(']').toString();
    }
}
