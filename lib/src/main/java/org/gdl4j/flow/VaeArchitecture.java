package org.gdl4j.flow;

import java.util.Objects;
import org.gdl4j.nn.Nonlinearity;

/**
 * The shape of a {@link Vae}: images, latent dimension and encoder/decoder networks. A value: two VAEs with
 * equal architectures, precision and seed have the same parameters.
 *
 * <p>Shapes: images {@code [N, C, H, W]} with {@code [C, H, W] = image}; latents {@code [N, d]}.
 *
 * @param image the image shape {@code [C, H, W]}
 * @param latentDimension {@code d ≥ 1}
 * @param network MLP or convolutional (see {@link VaeNetwork} for the layers)
 * @param width hidden units per layer (MLP) or channels per convolution (convolutional), at least 1
 * @param depth hidden layers (MLP) or stride-2 stages (convolutional), at least 1
 * @param activation the nonlinearity after every hidden layer; {@link Nonlinearity#TANH} gives a smooth
 *     decoder, whose Jacobian {@code ∂decode/∂z} is continuous
 */
public record VaeArchitecture(ImageShape image, int latentDimension, VaeNetwork network, int width, int depth,
                              Nonlinearity activation) {

    /** Validates the sizes. */
    public VaeArchitecture {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(activation, "activation");
        if (latentDimension < 1) {
            throw new IllegalArgumentException("expected a latent dimension d ≥ 1 but got " + latentDimension);
        }
        if (width < 1 || depth < 1) {
            throw new IllegalArgumentException("expected width ≥ 1 and depth ≥ 1 but got width " + width
                    + " and depth " + depth);
        }
        if (network == VaeNetwork.CONVOLUTIONAL) {
            requireDivisible(image, depth);
        }
    }

    private static void requireDivisible(ImageShape image, int depth) {
        if (depth > 16 || image.height() % (1 << depth) != 0 || image.width() % (1 << depth) != 0) {
            throw new IllegalArgumentException("a convolutional VAE with " + depth + " stride-2 stages expects H and W"
                    + " divisible by " + (1L << Math.min(depth, 62)) + " but got " + image.height() + "x"
                    + image.width());
        }
    }

    /**
     * A fully connected VAE with one hidden layer of ReLUs, e.g. {@code mlp(new ImageShape(1, 14, 14), 16, 400)}
     * for the reference's {@code 196-400-(2×16)} / {@code 16-400-196}.
     *
     * @param image the image shape
     * @param latentDimension {@code d}
     * @param hidden the hidden width
     * @return the architecture
     */
    public static VaeArchitecture mlp(ImageShape image, int latentDimension, int hidden) {
        return new VaeArchitecture(image, latentDimension, VaeNetwork.MLP, hidden, 1, Nonlinearity.RELU);
    }

    /**
     * A convolutional VAE with ReLUs, e.g. {@code convolutional(new ImageShape(1, 28, 28), 16, 32, 2)}
     * (28 → 14 → 7).
     *
     * @param image the image shape
     * @param latentDimension {@code d}
     * @param channels channels per convolution
     * @param stages stride-2 stages
     * @return the architecture
     */
    public static VaeArchitecture convolutional(ImageShape image, int latentDimension, int channels, int stages) {
        return new VaeArchitecture(image, latentDimension, VaeNetwork.CONVOLUTIONAL, channels, stages,
                Nonlinearity.RELU);
    }

    /** @param value the nonlinearity @return a copy with it */
    public VaeArchitecture withActivation(Nonlinearity value) {
        return new VaeArchitecture(image, latentDimension, network, width, depth, value);
    }

    /** @return the spatial size {@code [H/2^depth, W/2^depth]} of the coarsest convolutional feature map */
    int[] coarseSize() {
        return new int[] {image.height() >> depth, image.width() >> depth};
    }

    @Override
    public String toString() {
        return "vae " + image + " -> " + latentDimension + " (" + network.name().toLowerCase() + ", width " + width
                + ", depth " + depth + ", " + activation.name().toLowerCase() + ")";
    }
}
