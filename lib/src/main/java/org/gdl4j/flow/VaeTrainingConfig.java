package org.gdl4j.flow;

import java.util.Objects;
import org.gdl4j.nn.Optimizer;

/**
 * How a {@link Vae} is trained. Start from {@link #adam(double)} and change fields with the {@code with…}
 * methods.
 *
 * @param optimizer the update rule
 * @param learningRate the step size {@code η > 0}
 * @param epochs passes over the training set, at least 1
 * @param batchSize images per minibatch, at least 1
 * @param seed the seed of the shuffling and of the reparameterisation noise, so runs repeat exactly
 * @param showProgress whether to show a progress bar
 */
public record VaeTrainingConfig(Optimizer optimizer, double learningRate, int epochs, int batchSize, long seed,
                                boolean showProgress) {

    /** Validates the configuration. */
    public VaeTrainingConfig {
        Objects.requireNonNull(optimizer, "optimizer");
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be positive and finite but got " + learningRate);
        }
        if (epochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("expected at least one epoch and one image per batch but got "
                    + epochs + " epochs and batches of " + batchSize);
        }
    }

    /**
     * Adam, one epoch, batches of 128, seed 0, with a progress bar (Dombrowski et al. train their MNIST VAE with
     * Adam 1e-3).
     *
     * @param learningRate the step size
     * @return the configuration
     */
    public static VaeTrainingConfig adam(double learningRate) {
        return new VaeTrainingConfig(Optimizer.ADAM, learningRate, 1, 128, 0, true);
    }

    /** @param value the number of epochs @return a copy with it */
    public VaeTrainingConfig withEpochs(int value) {
        return new VaeTrainingConfig(optimizer, learningRate, value, batchSize, seed, showProgress);
    }

    /** @param value the batch size @return a copy with it */
    public VaeTrainingConfig withBatchSize(int value) {
        return new VaeTrainingConfig(optimizer, learningRate, epochs, value, seed, showProgress);
    }

    /** @param value the seed @return a copy with it */
    public VaeTrainingConfig withSeed(long value) {
        return new VaeTrainingConfig(optimizer, learningRate, epochs, batchSize, value, showProgress);
    }

    /** @param value whether to show progress @return a copy with it */
    public VaeTrainingConfig withProgress(boolean value) {
        return new VaeTrainingConfig(optimizer, learningRate, epochs, batchSize, seed, value);
    }
}
