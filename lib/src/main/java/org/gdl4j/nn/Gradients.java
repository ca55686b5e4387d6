package org.gdl4j.nn;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Gradients of a SameDiff graph's loss with respect to its variables, computed quietly.
 *
 * <p>ND4J 1.0.0-M2.1 prints one "Added differentiated op …" line per op to {@code System.out} the first
 * time it builds a graph's gradient function, which would flood notebook outputs. This class silences
 * standard output for that call only and restores it afterwards, even when the computation throws.
 * Because {@code System.out} is global, concurrent calls are serialised.
 */
public final class Gradients {

    private Gradients() {
    }

    /**
     * Computes the gradients of the graph's loss variables.
     *
     * @param graph a graph with at least one loss variable ({@link SDVariable#markAsLoss()})
     * @param placeholders values of the graph's placeholders, by name (empty when it has none)
     * @param variables names of the variables to differentiate with respect to
     * @return each variable's gradient, by name; each has the shape of its variable
     * @throws IllegalArgumentException if the graph has no loss, no variable is named, or a name is unknown
     */
    public static Map<String, INDArray> of(SameDiff graph, Map<String, INDArray> placeholders,
                                           String... variables) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(placeholders, "placeholders");
        validate(graph, variables);
        return QuietStdout.call(() -> graph.calculateGradients(placeholders, variables));
    }

    private static void validate(SameDiff graph, String[] variables) {
        if (graph.getLossVariables() == null || graph.getLossVariables().isEmpty()) {
            throw new IllegalArgumentException(
                    "expected a graph with a loss variable (call markAsLoss() on it) but it has none");
        }
        if (variables == null || variables.length == 0) {
            throw new IllegalArgumentException("expected at least one variable name to differentiate by");
        }
        for (String name : variables) {
            if (!graph.hasVariable(name)) {
                throw new IllegalArgumentException("expected a variable of the graph but got '" + name
                        + "'; the graph has " + Arrays.toString(graph.variableMap().keySet().toArray()));
            }
        }
    }
}
