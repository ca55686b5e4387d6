package org.gdl4j.counterfactual;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gdl4j.Tabular;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A comparison of counterfactual methods on the same originals, one {@link MethodSummary} row per method, in
 * the layout of the brief's §4.2 table: success rate over all searches, then the median steps, mean
 * {@code ‖x' − x‖₂}, mean bits per dimension under a reference flow, mean IM1 and oracle agreement, each over
 * the <em>successful</em> searches only (the column names say so). No single column ranks methods
 * (Hvilshøj et al., arXiv 2111.00177): IM1 and bits per dimension reward blur, oracle agreement counts
 * transferred adversarial examples, and larger edits are not worse.
 *
 * @param methods the rows, at least one
 */
public record CounterfactualSummary(List<MethodSummary> methods) implements Tabular {

    /** Copies the rows and checks that there is at least one. */
    public CounterfactualSummary {
        methods = List.copyOf(Objects.requireNonNull(methods, "methods"));
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("expected at least one method but got none");
        }
    }

    /**
     * Scores every method's searches on the same originals.
     *
     * @param resultsByMethod the searches of each method, one per original, in the table's row order (use a
     *                        {@link java.util.LinkedHashMap})
     * @param originals {@code x}, {@code [N, C, H, W]} in {@code [0, 1]}
     * @param originalClasses the class each search leaves, {@code N}
     * @param providers the scoring flow, autoencoders and oracle shared by all rows
     * @return the table
     */
    public static CounterfactualSummary of(Map<String, List<Counterfactual>> resultsByMethod, INDArray originals,
                                           int[] originalClasses, MetricProviders providers) {
        List<MethodSummary> rows = new ArrayList<>();
        Objects.requireNonNull(resultsByMethod, "resultsByMethod").forEach((method, results) ->
                rows.add(MethodSummary.of(method, results, originals, originalClasses, providers)));
        return new CounterfactualSummary(rows);
    }

    /** {@inheritDoc} Method, searches, success rate, then five aggregates marked "(successful)". */
    @Override
    public List<String> columnNames() {
        return List.of("method", "searches", "success rate", "median steps (successful)",
                "mean ‖x'−x‖₂ (successful)", "mean bits/dim of x' (successful)", "mean IM1 (successful)",
                "oracle agreement (successful)");
    }

    /** {@inheritDoc} One row per method, in order; NaN where no search of the method succeeded. */
    @Override
    public List<List<Object>> rows() {
        return methods.stream().map(MethodSummary::cells).toList();
    }
}
