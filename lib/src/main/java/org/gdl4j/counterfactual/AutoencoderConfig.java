package org.gdl4j.counterfactual;

import java.util.Objects;
import org.gdl4j.nn.Optimizer;

/**
 * How an {@link Autoencoder} is trained: minibatches of a shuffled training set, the mean squared
 * reconstruction error as loss.
 *
 * @param optimizer Adam (the usual choice) or plain gradient descent
 * @param learningRate the step size, positive and finite (1e-3 for Adam)
 * @param epochs passes over the training set, at least 1
 * @param batchSize images per minibatch, at least 1 (the last batch of an epoch may be smaller)
 * @param seed the seed of the shuffling
 */
public record AutoencoderConfig(Optimizer optimizer, double learningRate, int epochs, int batchSize, long seed) {

    /** Validates the settings. */
    public AutoencoderConfig {
        Objects.requireNonNull(optimizer, "optimizer");
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("expected a positive finite learning rate but got " + learningRate);
        }
        if (epochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("expected at least one epoch and one image per batch but got "
                    + epochs + " epochs and batches of " + batchSize);
        }
    }

    /**
     * Adam.
     *
     * @param learningRate the step size
     * @param epochs passes over the data
     * @param batchSize images per minibatch
     * @param seed the seed of the shuffling
     * @return the configuration
     */
    public static AutoencoderConfig adam(double learningRate, int epochs, int batchSize, long seed) {
        return new AutoencoderConfig(Optimizer.ADAM, learningRate, epochs, batchSize, seed);
    }

    /** @param value the number of epochs @return a copy with it */
    public AutoencoderConfig withEpochs(int value) {
        return new AutoencoderConfig(optimizer, learningRate, value, batchSize, seed);
    }

    /** @param value the seed of the shuffling @return a copy with it */
    public AutoencoderConfig withSeed(long value) {
        return new AutoencoderConfig(optimizer, learningRate, epochs, batchSize, value);
    }
}
