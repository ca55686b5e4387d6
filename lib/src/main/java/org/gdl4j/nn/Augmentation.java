package org.gdl4j.nn;

import java.util.Random;

/**
 * Transforms each training minibatch before the step: random group elements per sample, whole orbits (every
 * sample in all {@code |G|} transforms, which makes the minibatch {@code |G|} times larger), or nothing.
 * {@code org.gdl4j.nn.Augmentations} builds the group-based ones.
 */
@FunctionalInterface
public interface Augmentation {

    /**
     * Augments a minibatch.
     *
     * @param batch the minibatch
     * @param random the trainer's generator (seeded from the training seed)
     * @return the minibatch to train on, possibly larger
     */
    Batch apply(Batch batch, Random random);

    /** @return the augmentation that leaves batches unchanged */
    static Augmentation none() {
        return (batch, random) -> batch;
    }
}
