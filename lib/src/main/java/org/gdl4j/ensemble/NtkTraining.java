package org.gdl4j.ensemble;

import java.util.Objects;
import org.gdl4j.ntk.Ridge;

/**
 * How an {@link InfiniteEnsemble} is trained: on which data set, with which learning rate and which
 * regulariser of the training Gram.
 *
 * <p>Training is gradient flow on the mean squared error averaged over the {@code n} target entries of the
 * (augmented) training set, {@code L = (1/2n) Σ (f − y)²}, the convention of neural-tangents; its time scale is
 * {@code exp(−η e t / n)} for an eigenvalue {@code e} of the training NTK. The ridge {@code λ} is added to the
 * diagonal of the training Gram of the data set the ensemble is trained on, so for both full-orbit
 * augmentations it refers to the {@code 4N × 4N} augmented Gram ({@link org.gdl4j.ntk.Ridge#relative}
 * measures it against that Gram's mean diagonal).
 *
 * @param augmentation the training set
 * @param learningRate {@code η > 0}, finite
 * @param ridge        the diagonal regulariser, {@link Ridge#none()} for plain gradient flow
 */
public record NtkTraining(OrbitAugmentation augmentation, double learningRate, Ridge ridge) {

    /**
     * Validates the arguments.
     *
     * @param augmentation the training set
     * @param learningRate {@code η > 0}, finite
     * @param ridge        the diagonal regulariser
     * @throws IllegalArgumentException if {@code η} is not positive and finite
     */
    public NtkTraining {
        Objects.requireNonNull(augmentation, "augmentation");
        Objects.requireNonNull(ridge, "ridge");
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("expected a learning rate η > 0 and finite but got " + learningRate);
        }
    }

    /**
     * Plain gradient flow with {@code η = 1} and no ridge.
     *
     * @param augmentation the training set
     * @return the training
     */
    public static NtkTraining of(OrbitAugmentation augmentation) {
        return new NtkTraining(augmentation, 1, Ridge.none());
    }
}
