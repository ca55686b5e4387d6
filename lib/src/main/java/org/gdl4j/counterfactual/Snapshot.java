package org.gdl4j.counterfactual;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An image of a search's trajectory.
 *
 * @param step the number of optimiser steps taken before it
 * @param image the clamped image {@code [C, H, W]}
 */
public record Snapshot(int step, INDArray image) {
}
