package org.gdl4j.counterfactual;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The coordinates a search moves in: a generative model's latents, or the pixels themselves (the identity
 * chart of the adversarial baseline).
 */
interface Chart {

    /** @return the shape of one coordinate vector */
    long[] latentShape();

    /** @return the coordinates of images {@code [N, C, H, W]} */
    INDArray encode(INDArray images);

    /** Adds {@code g(z)} to a graph. */
    SDVariable decode(SameDiff graph, SDVariable latents);

    /** Keeps the coordinates admissible after an optimiser step, in place. */
    void project(INDArray latents);
}
