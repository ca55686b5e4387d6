package org.gdl4j.nn;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a model is trained. Start from {@link #adam(double)} or {@link #sgd(double)} and change fields with the
 * {@code with…} methods.
 *
 * @param optimizer the update rule
 * @param learningRate the step size {@code η > 0}
 * @param epochs passes over the training set, at least 1
 * @param batchSize samples per minibatch before augmentation, at least 1
 * @param seed the seed of shuffling and augmentation
 * @param augmentation what is done to each minibatch
 * @param earlyStoppingPatience epochs without a better validation loss after which training stops; with it,
 *     the parameters of the epoch with the best validation loss are restored when training ends, whether it
 *     stopped early or ran all epochs; empty for neither
 * @param showProgress whether to show a progress bar
 */
public record TrainingConfig(Optimizer optimizer, double learningRate, int epochs, int batchSize, long seed,
                             Augmentation augmentation, OptionalInt earlyStoppingPatience, boolean showProgress) {

    /** Validates the configuration. */
    public TrainingConfig {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(augmentation, "augmentation");
        Objects.requireNonNull(earlyStoppingPatience, "earlyStoppingPatience");
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be positive and finite but got " + learningRate);
        }
        if (epochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("expected at least one epoch and one sample per batch but got "
                    + epochs + " epochs and batches of " + batchSize);
        }
        if (earlyStoppingPatience.isPresent() && earlyStoppingPatience.getAsInt() < 1) {
            throw new IllegalArgumentException("early-stopping patience must be at least 1 epoch but got "
                    + earlyStoppingPatience.getAsInt());
        }
    }

    /**
     * Adam, one epoch, batches of 64, seed 0, no augmentation, no early stopping, with a progress bar.
     *
     * @param learningRate the step size
     * @return the configuration
     */
    public static TrainingConfig adam(double learningRate) {
        return new TrainingConfig(Optimizer.ADAM, learningRate, 1, 64, 0, Augmentation.none(), OptionalInt.empty(),
                true);
    }

    /**
     * Plain gradient descent, otherwise as {@link #adam(double)}.
     *
     * @param learningRate the step size
     * @return the configuration
     */
    public static TrainingConfig sgd(double learningRate) {
        return adam(learningRate).withOptimizer(Optimizer.SGD);
    }

    /** @param value the optimiser @return a copy with it */
    public TrainingConfig withOptimizer(Optimizer value) {
        return new TrainingConfig(value, learningRate, epochs, batchSize, seed, augmentation, earlyStoppingPatience,
                showProgress);
    }

    /** @param value the number of epochs @return a copy with it */
    public TrainingConfig withEpochs(int value) {
        return new TrainingConfig(optimizer, learningRate, value, batchSize, seed, augmentation, earlyStoppingPatience,
                showProgress);
    }

    /** @param value the batch size @return a copy with it */
    public TrainingConfig withBatchSize(int value) {
        return new TrainingConfig(optimizer, learningRate, epochs, value, seed, augmentation, earlyStoppingPatience,
                showProgress);
    }

    /** @param value the seed @return a copy with it */
    public TrainingConfig withSeed(long value) {
        return new TrainingConfig(optimizer, learningRate, epochs, batchSize, value, augmentation,
                earlyStoppingPatience, showProgress);
    }

    /** @param value the augmentation @return a copy with it */
    public TrainingConfig withAugmentation(Augmentation value) {
        return new TrainingConfig(optimizer, learningRate, epochs, batchSize, seed, value, earlyStoppingPatience,
                showProgress);
    }

    /** @param epochsWithoutImprovement the patience @return a copy that stops early */
    public TrainingConfig withEarlyStopping(int epochsWithoutImprovement) {
        return new TrainingConfig(optimizer, learningRate, epochs, batchSize, seed, augmentation,
                OptionalInt.of(epochsWithoutImprovement), showProgress);
    }

    /** @param value whether to show progress @return a copy with it */
    public TrainingConfig withProgress(boolean value) {
        return new TrainingConfig(optimizer, learningRate, epochs, batchSize, seed, augmentation,
                earlyStoppingPatience, value);
    }
}
