package org.gdl4j.nn;

/** The gradient-based optimisers the trainer offers. */
public enum Optimizer {
    /** Plain (stochastic) gradient descent, {@code θ ← θ − η g}. */
    SGD,
    /**
     * Adam (Kingma and Ba, ICLR 2015) with {@code β₁ = 0.9}, {@code β₂ = 0.999}, {@code ε = 1e-8} and bias
     * correction.
     */
    ADAM;

    /**
     * A fresh updater with this rule.
     *
     * @param learningRate the step size {@code η > 0}
     * @return an updater without state
     */
    public ParameterUpdater updater(double learningRate) {
        return switch (this) {
            case SGD -> new SgdUpdater(learningRate);
            case ADAM -> new AdamUpdater(learningRate);
        };
    }
}
