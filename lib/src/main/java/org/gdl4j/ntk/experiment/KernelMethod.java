package org.gdl4j.ntk.experiment;

/** Which kernel predictor a classifier uses. */
public enum KernelMethod {
    /** The mean of an infinite ensemble trained by gradient flow, from the NTK {@code Θ}. */
    NTK,
    /** The Bayesian posterior mean of the NNGP {@code K} (exact inference in the infinitely wide network). */
    NNGP
}
