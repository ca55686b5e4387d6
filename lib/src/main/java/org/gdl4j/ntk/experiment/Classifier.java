package org.gdl4j.ntk.experiment;

import java.util.Objects;

/**
 * A named kernel classifier: a pool of Grams, the predictor and its ridge.
 *
 * @param name   the label in tables and figures, e.g. "C4 group NTK"
 * @param pool   the Grams
 * @param method NTK (converged gradient flow) or NNGP (posterior mean)
 * @param ridge  the ridge per subset
 */
public record Classifier(String name, KernelPool pool, KernelMethod method, RidgeRule ridge) {

    /**
     * Checks that nothing is missing.
     *
     * @param name   the label
     * @param pool   the Grams
     * @param method NTK or NNGP
     * @param ridge  the ridge per subset
     */
    public Classifier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(ridge, "ridge");
    }

    /**
     * Test accuracy after training on one subset.
     *
     * @param subset pool indices
     * @return accuracy in {@code [0, 1]}
     */
    public double accuracy(int[] subset) {
        return pool.accuracy(subset, method, ridge.forSubset(subset, method));
    }
}
