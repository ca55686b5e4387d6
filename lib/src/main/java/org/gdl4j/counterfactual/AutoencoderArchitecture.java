package org.gdl4j.counterfactual;

import java.util.List;
import java.util.Objects;
import org.gdl4j.Precision;
import org.gdl4j.flow.ImageShape;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Perceptrons;
import org.gdl4j.nn.Sequential;

/**
 * The layout of a fully connected autoencoder on images: flatten {@code [N, C, H, W]} to {@code [N, D]},
 * {@code D = C·H·W}, then one dense layer with ReLU per hidden width, then a dense layer back to {@code D}
 * values and a sigmoid, reshaped to {@code [N, C, H, W]}. The hidden widths name the encoder, the code and the
 * decoder together: {@code (128, 16, 128)} on {@code 1×14×14} images is the MLP 196-128-16-128-196 of the
 * diffeomorphic-counterfactual reproduction (Van Looveren and Klaise, arXiv 1907.02584, use convolutional
 * autoencoders; absolute IM1 values depend on this choice).
 *
 * @param shape the image shape {@code [C, H, W]}
 * @param hiddenWidths the width of each hidden layer, in order, each at least 1; at least one
 * @param precision the data type of parameters and activations
 */
public record AutoencoderArchitecture(ImageShape shape, List<Integer> hiddenWidths, Precision precision) {

    /** Validates the sizes and copies the widths. */
    public AutoencoderArchitecture {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(precision, "precision");
        hiddenWidths = List.copyOf(Objects.requireNonNull(hiddenWidths, "hiddenWidths"));
        if (hiddenWidths.isEmpty() || hiddenWidths.stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("expected at least one hidden width, each at least 1, but got "
                    + hiddenWidths);
        }
    }

    /**
     * An MLP autoencoder layout.
     *
     * @param shape the image shape
     * @param precision the data type of parameters and activations
     * @param hiddenWidths the hidden widths, e.g. {@code 128, 16, 128}
     * @return the layout
     */
    public static AutoencoderArchitecture mlp(ImageShape shape, Precision precision, int... hiddenWidths) {
        return new AutoencoderArchitecture(shape, java.util.Arrays.stream(hiddenWidths).boxed().toList(), precision);
    }

    /** @return {@code D = C·H·W}, the number of values per image */
    public int dimension() {
        return Math.toIntExact(shape.dimension());
    }

    /**
     * The network before the sigmoid: flatten, dense and ReLU per hidden width, dense to {@code D}.
     *
     * @return {@code [N, C, H, W] → [N, D]} logits
     */
    Sequential network() {
        int[] widths = hiddenWidths.stream().mapToInt(Integer::intValue).toArray();
        return Perceptrons.onImages(shape.channels(), shape.height(), shape.width(), dimension(), widths);
    }

    /**
     * Builds an untrained autoencoder.
     *
     * @param initialization the seed and scales of the parameter draw ({@link Initialization#standard} suits
     *                       the ReLU layers)
     * @return the autoencoder
     */
    public Autoencoder build(Initialization initialization) {
        return Autoencoder.build(this, initialization);
    }
}
