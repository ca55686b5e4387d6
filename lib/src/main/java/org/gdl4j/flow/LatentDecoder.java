package org.gdl4j.flow;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trained generative model seen as a differentiable map {@code g: Z → X} from latents to images, with a way
 * back from images to latents: the object a counterfactual search moves along (Dombrowski, Gerken, Müller and
 * Kessel, "Diffeomorphic Counterfactuals With Generative Models", IEEE TPAMI). For a normalizing flow
 * {@code g} is a diffeomorphism and {@link #encode} its exact inverse; for a VAE {@code g} is the decoder and
 * {@link #encode} the encoder mean, an approximate inverse.
 *
 * <p>Shapes: images {@code [N, C, H, W]} with {@code [C, H, W] = imageShape()}; latents
 * {@code [N, latentShape()…]}.
 */
public interface LatentDecoder {

    /** @return the shape of one latent, e.g. {@code [4, 7, 7]} for a flow or {@code [16]} for a VAE */
    long[] latentShape();

    /** @return the shape {@code [C, H, W]} of one decoded image */
    long[] imageShape();

    /**
     * The latents of images: the flow's forward pass, or the VAE encoder's mean.
     *
     * @param images {@code [N, C, H, W]}
     * @return {@code [N, latentShape()…]}
     */
    INDArray encode(INDArray images);

    /**
     * Decoded images, evaluated outside any graph.
     *
     * @param latents {@code [N, latentShape()…]}
     * @return {@code [N, C, H, W]}
     */
    INDArray decode(INDArray latents);

    /**
     * Builds the decoder into another SameDiff graph, with the trained weights as fixed values, so that
     * gradients of anything computed from the images reach the latents (and nothing trains the decoder).
     *
     * @param graph the graph to build into
     * @param latents the latents in that graph, {@code [N, latentShape()…]}
     * @param scope a name prefix, unique in that graph, for the decoder's variables
     * @return the decoded images, {@code [N, C, H, W]}
     */
    SDVariable decode(SameDiff graph, SDVariable latents, String scope);
}
