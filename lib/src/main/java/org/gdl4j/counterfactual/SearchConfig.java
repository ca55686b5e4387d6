package org.gdl4j.counterfactual;

import java.util.Objects;
import org.gdl4j.nn.Optimizer;

/**
 * How a counterfactual search runs (Dombrowski et al., IEEE TPAMI, §3; their code stops at {@code τ = 0.99}).
 *
 * @param threshold {@code τ ∈ (0, 1)}: the search stops at the first iterate with {@code p_t > τ}
 * @param learningRate the optimiser's step size, positive (Adam: 5e-2 for flow latents, 5e-3 or 5e-4 for pixels)
 * @param maxSteps the budget of optimiser steps, at least 1
 * @param optimizer Adam, as in the paper, or plain gradient ascent
 * @param snapshotEvery keep the image every this many steps (and the last one); 0 keeps none
 */
public record SearchConfig(double threshold, double learningRate, int maxSteps, Optimizer optimizer,
                           int snapshotEvery) {

    /** Validates the settings. */
    public SearchConfig {
        Objects.requireNonNull(optimizer, "optimizer");
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("expected a threshold in (0, 1) but got " + threshold);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("expected a positive finite learning rate but got " + learningRate);
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("expected a budget of at least one step but got " + maxSteps);
        }
        if (snapshotEvery < 0) {
            throw new IllegalArgumentException("expected snapshotEvery ≥ 0 (0 for none) but got " + snapshotEvery);
        }
    }

    /**
     * Adam with the given settings and no snapshots.
     *
     * @param threshold {@code τ ∈ (0, 1)}
     * @param learningRate positive
     * @param maxSteps at least 1
     * @return the configuration
     */
    public static SearchConfig adam(double threshold, double learningRate, int maxSteps) {
        return new SearchConfig(threshold, learningRate, maxSteps, Optimizer.ADAM, 0);
    }

    /** @param value the optimiser @return a copy with it */
    public SearchConfig withOptimizer(Optimizer value) {
        return new SearchConfig(threshold, learningRate, maxSteps, value, snapshotEvery);
    }

    /** @param value keep the image every this many steps (0 for none) @return a copy with it */
    public SearchConfig withSnapshotEvery(int value) {
        return new SearchConfig(threshold, learningRate, maxSteps, optimizer, value);
    }
}
