package org.gdl4j.counterfactual;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The outcome of a counterfactual search for one image.
 *
 * <p>Shapes: images {@code [C, H, W]}; the latent {@code [latentShape…]}.
 *
 * @param target the target class {@code t}
 * @param start the clamped starting image {@code g(z_0)}: the reconstruction for a decoder, the image itself
 *              in pixel space
 * @param image the clamped returned iterate {@code x' = g(z_k)}: the counterfactual if {@link #found()},
 *              otherwise the last iterate
 * @param latent {@code z_k}
 * @param steps {@code k}, the optimiser steps taken to reach the returned iterate
 * @param stopReason why the search ended
 * @param targetProbabilities {@code p_t(x_0), …, p_t(x_k)}, one per iterate ({@code k + 1} values)
 * @param snapshots images every {@code snapshotEvery} steps and the returned one, if asked for
 */
public record Counterfactual(int target, INDArray start, INDArray image, INDArray latent, int steps,
                             StopReason stopReason, double[] targetProbabilities, List<Snapshot> snapshots) {

    /** Copies the lists. */
    public Counterfactual {
        targetProbabilities = targetProbabilities.clone();
        snapshots = List.copyOf(snapshots);
    }

    /** @return {@code p_t} per iterate, a copy */
    @Override
    public double[] targetProbabilities() {
        return targetProbabilities.clone();
    }

    /** @return whether the threshold was reached within the budget */
    public boolean found() {
        return stopReason == StopReason.THRESHOLD_REACHED;
    }

    /** @return {@code p_t} of the returned iterate */
    public double finalProbability() {
        return targetProbabilities[targetProbabilities.length - 1];
    }
}
