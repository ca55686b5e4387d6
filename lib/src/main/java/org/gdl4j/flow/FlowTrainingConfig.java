package org.gdl4j.flow;

import java.util.Objects;
import java.util.OptionalDouble;
import org.gdl4j.nn.Optimizer;

/**
 * How a {@link Flow} is trained by maximum likelihood. Start from {@link #adam(double)} and change fields
 * with the {@code with…} methods.
 *
 * @param optimizer the update rule
 * @param learningRate the step size {@code η > 0}
 * @param epochs passes over the training set, at least 1
 * @param batchSize images per minibatch, at least 1
 * @param seed the seed of shuffling and of the dequantisation noise
 * @param quantization the bit depth of the data, used to dequantise each minibatch with uniform noise
 * @param gradientClipNorm if present, gradients are rescaled so that their global L2 norm over all parameters
 *     is at most this value (1.0 in Dombrowski et al.'s flows)
 * @param showProgress whether to show a progress bar
 */
public record FlowTrainingConfig(Optimizer optimizer, double learningRate, int epochs, int batchSize, long seed,
                                 Quantization quantization, OptionalDouble gradientClipNorm, boolean showProgress) {

    /** Validates the configuration. */
    public FlowTrainingConfig {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(quantization, "quantization");
        Objects.requireNonNull(gradientClipNorm, "gradientClipNorm");
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be positive and finite but got " + learningRate);
        }
        if (epochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("expected at least one epoch and one image per batch but got "
                    + epochs + " epochs and batches of " + batchSize);
        }
        if (gradientClipNorm.isPresent() && !(gradientClipNorm.getAsDouble() > 0)) {
            throw new IllegalArgumentException("the gradient clipping norm must be positive but got "
                    + gradientClipNorm.getAsDouble());
        }
    }

    /**
     * Adam, one epoch, batches of 64, seed 0, 8-bit data, no clipping, with a progress bar.
     *
     * @param learningRate the step size
     * @return the configuration
     */
    public static FlowTrainingConfig adam(double learningRate) {
        return new FlowTrainingConfig(Optimizer.ADAM, learningRate, 1, 64, 0, Quantization.eightBit(),
                OptionalDouble.empty(), true);
    }

    /** @param value the number of epochs @return a copy with it */
    public FlowTrainingConfig withEpochs(int value) {
        return new FlowTrainingConfig(optimizer, learningRate, value, batchSize, seed, quantization, gradientClipNorm,
                showProgress);
    }

    /** @param value the batch size @return a copy with it */
    public FlowTrainingConfig withBatchSize(int value) {
        return new FlowTrainingConfig(optimizer, learningRate, epochs, value, seed, quantization, gradientClipNorm,
                showProgress);
    }

    /** @param value the seed @return a copy with it */
    public FlowTrainingConfig withSeed(long value) {
        return new FlowTrainingConfig(optimizer, learningRate, epochs, batchSize, value, quantization,
                gradientClipNorm, showProgress);
    }

    /** @param value the bit depth of the data @return a copy with it */
    public FlowTrainingConfig withQuantization(Quantization value) {
        return new FlowTrainingConfig(optimizer, learningRate, epochs, batchSize, seed, value, gradientClipNorm,
                showProgress);
    }

    /** @param maxNorm the largest global gradient norm @return a copy that clips to it */
    public FlowTrainingConfig withGradientClipping(double maxNorm) {
        return new FlowTrainingConfig(optimizer, learningRate, epochs, batchSize, seed, quantization,
                OptionalDouble.of(maxNorm), showProgress);
    }

    /** @param value whether to show progress @return a copy with it */
    public FlowTrainingConfig withProgress(boolean value) {
        return new FlowTrainingConfig(optimizer, learningRate, epochs, batchSize, seed, quantization,
                gradientClipNorm, value);
    }
}
