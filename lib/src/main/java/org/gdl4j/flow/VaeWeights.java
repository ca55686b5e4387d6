package org.gdl4j.flow;

import org.gdl4j.nn.ParameterSpec;
import org.nd4j.autodiff.samediff.SDVariable;

/**
 * Where the encoder and decoder of a {@link Vae} get their parameters: trainable variables in the VAE's own
 * graph, or fixed copies of the trained values in another graph. The spec's name is the parameter's full name,
 * e.g. {@code "decoder/dense0/weight"}.
 */
@FunctionalInterface
interface VaeWeights {

    /** @return the parameter as it enters the forward pass, of shape {@code spec.shape()} */
    SDVariable parameter(ParameterSpec spec);
}
