package org.gdl4j.counterfactual;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The score a search ascends and its gradient in the search's coordinates.
 *
 * @param scores {@code S_i = log p_{t_i}(g(z_i))}, one per sample
 * @param gradient {@code ∇_z S = Jᵀ ∇ₓS}, {@code [N, latentShape…]}
 */
public record ScoreGradient(double[] scores, INDArray gradient) {

    /** Copies the scores. */
    public ScoreGradient {
        scores = scores.clone();
    }

    /** @return the scores, a copy */
    @Override
    public double[] scores() {
        return scores.clone();
    }
}
