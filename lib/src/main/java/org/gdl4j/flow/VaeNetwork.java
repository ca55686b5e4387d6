package org.gdl4j.flow;

/** The kind of encoder and decoder networks of a {@link Vae}; {@link VaeArchitecture} gives their sizes. */
public enum VaeNetwork {
    /**
     * Fully connected: the image is flattened to {@code D = C·H·W} values, the encoder is
     * {@code D → width → … → 2d} ({@code depth} hidden layers) and the decoder {@code d → width → … → D}, as in
     * Kingma and Welling's experiments and Dombrowski et al.'s MNIST VAE ({@code 196-400-(2×16)} / {@code 16-400-196}
     * at 14×14).
     */
    MLP,
    /**
     * Convolutional: the encoder has {@code depth} 3×3 convolutions of stride 2 ({@code width} channels each,
     * SAME padding, so {@code H, W} must be divisible by {@code 2^depth}) and a dense layer to {@code 2d}; the
     * decoder mirrors it with a dense layer to {@code [width, H/2^depth, W/2^depth]} and {@code depth} stages of
     * nearest-neighbour upsampling by 2 followed by a stride-1 3×3 convolution (the last one to {@code C} channels).
     */
    CONVOLUTIONAL
}
