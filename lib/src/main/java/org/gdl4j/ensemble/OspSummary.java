package org.gdl4j.ensemble;

import java.util.List;
import java.util.Objects;
import org.gdl4j.Tabular;

/**
 * The orbit-same-prediction counts of a set of inputs, summarised (see {@link OrbitSamePrediction}).
 *
 * <p>{@link #mean()} is a <em>count</em> in {@code [1, |G|]} (4 means "same prediction on the whole C4
 * orbit"), not a fraction; {@link #fullOrbitFraction()} is a fraction in {@code [0, 1]}.
 *
 * @param mean              the mean OSP count over the inputs, in {@code [1, groupOrder]}
 * @param fullOrbitFraction the fraction of inputs whose OSP count is {@code |G|}, in {@code [0, 1]}
 * @param groupOrder        {@code |G|}, at least 1
 * @param inputs            {@code N}, the number of inputs, at least 1
 */
public record OspSummary(double mean, double fullOrbitFraction, int groupOrder, int inputs) implements Tabular {

    /**
     * Validates the ranges.
     *
     * @param mean see the record component {@code mean}
     * @param fullOrbitFraction see the record component {@code fullOrbitFraction}
     * @param groupOrder see the record component {@code groupOrder}
     * @param inputs see the record component {@code inputs}
     * @throws IllegalArgumentException if a value lies outside its range
     */
    public OspSummary {
        if (groupOrder < 1 || inputs < 1) {
            throw new IllegalArgumentException("expected |G| >= 1 and N >= 1 but got |G| = " + groupOrder + ", N = "
                    + inputs);
        }
        if (!(mean >= 1 && mean <= groupOrder)) {
            throw new IllegalArgumentException("expected a mean OSP count in [1, " + groupOrder + "] but got " + mean);
        }
        if (!(fullOrbitFraction >= 0 && fullOrbitFraction <= 1)) {
            throw new IllegalArgumentException("expected a full-orbit fraction in [0, 1] but got "
                    + fullOrbitFraction);
        }
    }

    /**
     * Summarises per-input counts.
     *
     * @param counts     {@code [N]} OSP counts, each in {@code 1 … groupOrder}, {@code N >= 1}
     * @param groupOrder {@code |G|}
     * @return the mean count and the full-orbit fraction
     * @throws IllegalArgumentException if {@code counts} is empty or a count is out of range
     */
    public static OspSummary of(int[] counts, int groupOrder) {
        Objects.requireNonNull(counts, "counts");
        if (counts.length == 0) {
            throw new IllegalArgumentException("expected OSP counts of N >= 1 inputs but got none");
        }
        long sum = 0;
        int full = 0;
        for (int n = 0; n < counts.length; n++) {
            if (counts[n] < 1 || counts[n] > groupOrder) {
                throw new IllegalArgumentException("expected OSP counts in 1.." + groupOrder + " but counts[" + n
                        + "] = " + counts[n]);
            }
            sum += counts[n];
            full += counts[n] == groupOrder ? 1 : 0;
        }
        return new OspSummary((double) sum / counts.length, (double) full / counts.length, groupOrder,
                counts.length);
    }

    /** {@inheritDoc} |G|, inputs, mean OSP (count), full-orbit fraction. */
    @Override
    public List<String> columnNames() {
        return List.of("|G|", "inputs", "mean OSP (count)", "full-orbit fraction");
    }

    /** {@inheritDoc} One row. */
    @Override
    public List<List<Object>> rows() {
        return List.of(List.of(groupOrder, inputs, mean, fullOrbitFraction));
    }
}
