package org.gdl4j.check;

import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import org.gdl4j.Tabular;

/**
 * The result of an {@link EquivarianceCheck}: for every tested group element, how far {@code f(g·x)} is
 * from {@code g·f(x)} over all inputs, and where the worst entry is.
 *
 * <p>A row passes a {@link Tolerance} when {@code maxAbsoluteError ≤ atol + rtol · scale}, with
 * {@code scale = max|g·f(x)|} over all inputs: the rule {@code max|a − b| ≤ atol + rtol · max|b|} applied to
 * the outputs of all inputs stacked together. Tests call {@link #assertWithin(Tolerance)}; notebooks display
 * the report as a table ({@link Tabular}).
 *
 * @param kind   whether the output action was a group action (equivariance) or trivial (invariance)
 * @param errors one entry per tested element, in the order the elements were given; not empty
 */
public record EquivarianceReport(Kind kind, List<ElementError> errors) implements Tabular {

    /** What was checked. */
    public enum Kind {
        /** {@code f(g·x) = g·f(x)} with a non-trivial output action. */
        EQUIVARIANCE,
        /** {@code f(g·x) = f(x)}: the output action is trivial. */
        INVARIANCE
    }

    /**
     * The errors of one element.
     *
     * @param element          the element, as its {@code toString()}
     * @param maxAbsoluteError {@code max|f(g·x) − g·f(x)|} over all inputs and entries (NaN if any entry is)
     * @param maxRelativeError {@code maxAbsoluteError / scale} ({@code 0} when both are 0, infinite when only
     *                         the scale is)
     * @param scale            {@code max|g·f(x)|} over all inputs
     * @param worstInput       the position, in the list of inputs, of the input with the largest error
     * @param worstIndex       the index of the largest error in that input's output array, such as
     *                         {@code [0, 3, 2, 4]} for {@code [N, C, H, W]}
     */
    public record ElementError(String element, double maxAbsoluteError, double maxRelativeError, double scale,
            int worstInput, List<Long> worstIndex) {

        /**
         * Validates the fields and copies the index.
         *
         * @param element see the record component {@code element}
         * @param maxAbsoluteError see the record component {@code maxAbsoluteError}
         * @param maxRelativeError see the record component {@code maxRelativeError}
         * @param scale see the record component {@code scale}
         * @param worstInput see the record component {@code worstInput}
         * @param worstIndex see the record component {@code worstIndex}
         * @throws IllegalArgumentException if {@code worstInput} is negative
         */
        public ElementError {
            Objects.requireNonNull(element, "element");
            worstIndex = List.copyOf(worstIndex);
            if (worstInput < 0) {
                throw new IllegalArgumentException("worst input must be an index >= 0 but got " + worstInput);
            }
        }

        /**
         * Whether this element passes.
         *
         * @param tolerance the tolerance
         * @return {@code maxAbsoluteError ≤ atol + rtol · scale}; false for NaN errors
         */
        public boolean within(Tolerance tolerance) {
            return tolerance.allows(maxAbsoluteError, scale);
        }
    }

    /**
     * Validates and copies the rows.
     *
     * @param kind see the record component {@code kind}
     * @param errors see the record component {@code errors}
     * @throws IllegalArgumentException if {@code errors} is empty
     */
    public EquivarianceReport {
        Objects.requireNonNull(kind, "kind");
        errors = List.copyOf(errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an equivariance report needs at least one element");
        }
    }

    /**
     * The largest absolute error over all elements; NaN if any error is NaN.
     *
     * @return {@code max_g max|f(g·x) − g·f(x)|}
     */
    public double maxAbsoluteError() {
        return errors.stream().mapToDouble(ElementError::maxAbsoluteError)
                .reduce(0.0, (a, b) -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b));
    }

    /**
     * The largest relative error over all elements.
     *
     * @return {@code max_g maxRelativeError}
     */
    public double maxRelativeError() {
        return errors.stream().mapToDouble(ElementError::maxRelativeError)
                .reduce(0.0, (a, b) -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b));
    }

    /**
     * The element with the largest absolute error (NaN counts as largest).
     *
     * @return its row
     */
    public ElementError worst() {
        return errors.stream().max(Comparator.comparingDouble(ElementError::maxAbsoluteError)).orElseThrow();
    }

    /**
     * Whether every element passes.
     *
     * @param tolerance the tolerance
     * @return {@code true} if each row is {@link ElementError#within within} the tolerance
     */
    public boolean passes(Tolerance tolerance) {
        Objects.requireNonNull(tolerance, "tolerance");
        return errors.stream().allMatch(e -> e.within(tolerance));
    }

    /**
     * Throws unless every element passes.
     *
     * @param tolerance the tolerance
     * @throws AssertionError whose message names the check, the tolerance, the failing elements and the
     *                        whole table
     */
    public void assertWithin(Tolerance tolerance) {
        if (!passes(tolerance)) {
            long failing = errors.stream().filter(e -> !e.within(tolerance)).count();
            throw new AssertionError(kind.name().toLowerCase(Locale.ROOT) + " error above tolerance ("
                    + tolerance + ") for " + failing + " of " + errors.size() + " elements:\n" + this);
        }
    }

    /** {@inheritDoc} element, max abs error, max rel error, scale, worst input, worst index. */
    @Override
    public List<String> columnNames() {
        return List.of("element", "max abs error", "max rel error", "scale", "worst input", "worst index");
    }

    /** {@inheritDoc} One row per tested element. */
    @Override
    public List<List<Object>> rows() {
        return errors.stream().map(e -> List.<Object>of(e.element(), e.maxAbsoluteError(), e.maxRelativeError(),
                e.scale(), e.worstInput(), e.worstIndex().toString())).toList();
    }

    /**
     * The report as a plain-text table, one line per element under a header.
     *
     * @return the table
     */
    @Override
    public String toString() {
        return TextTable.render(this);
    }
}
