package org.gdl4j.ensemble;

/**
 * Which minibatches the members of an ensemble see.
 *
 * <p>The theory of emergent equivariance (Gerken and Kessel, ICML 2024) holds for any fixed sequence of
 * full-orbit minibatches, so members may share one; what they must not share is their initialisation. With
 * random-element augmentation the members should draw their augmentations independently, since one shared
 * sequence of random rotations is a fixed, non-orbit-closed data set for all of them.
 */
public enum BatchOrder {

    /** Every member sees the same shuffles and the same augmentation draws (the training seed as given). */
    SHARED,

    /** Member {@code i} shuffles and augments with its own seed, {@code Ensemble.memberSeed(seed, i)}. */
    INDEPENDENT
}
