package org.gdl4j.flow;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The approximate posterior {@code q(z|x) = N(μ(x), diag σ²(x))} of a {@link Vae} for a batch of images.
 *
 * @param mean {@code μ}, {@code [N, d]}: the latent {@link Vae#encode} returns
 * @param logVariance {@code log σ²}, {@code [N, d]}
 */
public record VaePosterior(INDArray mean, INDArray logVariance) {
}
