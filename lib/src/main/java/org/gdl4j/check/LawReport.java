package org.gdl4j.check;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gdl4j.Tabular;

/**
 * The result of a {@link RepresentationLawCheck}: for every law, the largest entry-wise error
 * {@code ||left − right||_max} over the tested elements or pairs, and where it occurs.
 *
 * <p>A law passes a {@link Tolerance} when {@code maxError ≤ atol + rtol · scale}, where {@code scale} is
 * the largest absolute matrix entry of the representation.
 *
 * @param representation the checked representation, as its {@code toString()}
 * @param scale          the largest absolute entry of any {@code ρ(g)}
 * @param laws           one entry per checked law, in the order of {@link RepresentationLaw}; not empty
 */
public record LawReport(String representation, double scale, List<LawError> laws) implements Tabular {

    /**
     * The error of one law.
     *
     * @param law       the law
     * @param maxError  the largest entry-wise difference of its two sides; infinite when a side could not be
     *                  computed (a singular {@code ρ(g)} has no inverse)
     * @param worstCase where the largest error occurs, such as {@code g = r^1 (C4), h = r^3 (C4)}
     */
    public record LawError(RepresentationLaw law, double maxError, String worstCase) {

        /**
         * Validates the fields.
         *
         * @param law see the record component {@code law}
         * @param maxError see the record component {@code maxError}
         * @param worstCase see the record component {@code worstCase}
         */
        public LawError {
            Objects.requireNonNull(law, "law");
            Objects.requireNonNull(worstCase, "worstCase");
        }
    }

    /**
     * Validates and copies the rows.
     *
     * @param representation see the record component {@code representation}
     * @param scale see the record component {@code scale}
     * @param laws see the record component {@code laws}
     * @throws IllegalArgumentException if {@code laws} is empty
     */
    public LawReport {
        Objects.requireNonNull(representation, "representation");
        laws = List.copyOf(laws);
        if (laws.isEmpty()) {
            throw new IllegalArgumentException("a law report needs at least one law");
        }
    }

    /**
     * The largest error over all laws.
     *
     * @return {@code max maxError}
     */
    public double maxError() {
        return laws.stream().mapToDouble(LawError::maxError).max().orElseThrow();
    }

    /**
     * The error of one law.
     *
     * @param law a checked law
     * @return its row
     * @throws IllegalArgumentException if the law was not checked
     */
    public LawError error(RepresentationLaw law) {
        return laws.stream().filter(e -> e.law() == law).findFirst().orElseThrow(
                () -> new IllegalArgumentException("law " + law + " was not checked for " + representation));
    }

    /**
     * Whether one law holds within the tolerance.
     *
     * @param law       a checked law
     * @param tolerance the tolerance
     * @return {@code maxError ≤ atol + rtol · scale}; false for NaN
     * @throws IllegalArgumentException if the law was not checked
     */
    public boolean holds(RepresentationLaw law, Tolerance tolerance) {
        return tolerance.allows(error(law).maxError(), scale);
    }

    /**
     * Whether every checked law holds within the tolerance.
     *
     * @param tolerance the tolerance
     * @return {@code true} if each law holds
     */
    public boolean passes(Tolerance tolerance) {
        Objects.requireNonNull(tolerance, "tolerance");
        return laws.stream().allMatch(e -> tolerance.allows(e.maxError(), scale));
    }

    /**
     * Throws unless every checked law holds.
     *
     * @param tolerance the tolerance
     * @throws AssertionError whose message names the representation, the tolerance and the whole table
     */
    public void assertWithin(Tolerance tolerance) {
        if (!passes(tolerance)) {
            throw new AssertionError("representation laws fail for " + representation + " (" + tolerance
                    + ", scale " + String.format(Locale.ROOT, "%.3e", scale) + "):\n" + this);
        }
    }

    /** {@inheritDoc} law, max error, worst case. */
    @Override
    public List<String> columnNames() {
        return List.of("law", "max error", "worst case");
    }

    /** {@inheritDoc} One row per checked law. */
    @Override
    public List<List<Object>> rows() {
        return laws.stream().map(e -> List.<Object>of(e.law().formula(), e.maxError(), e.worstCase())).toList();
    }

    /**
     * The report as a plain-text table, one line per law under a header.
     *
     * @return the table
     */
    @Override
    public String toString() {
        return TextTable.render(this);
    }
}
