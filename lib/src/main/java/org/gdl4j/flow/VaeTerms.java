package org.gdl4j.flow;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The evidence lower bound of a {@link Vae} per image, split into its two terms:
 * {@code ELBO(x) = E_q[log p(x|z)] − KL(q(z|x) ‖ N(0, I))}, with the expectation estimated from the given
 * reparameterisation noise (Kingma and Welling, "Auto-Encoding Variational Bayes", ICLR 2014). All in nats.
 *
 * @param reconstruction the Bernoulli log-likelihood {@code log p(x|z) = Σ_i [x_i ℓ_i − log(1 + e^{ℓ_i})]} at the
 *     sampled latents, {@code [N]} (the negative binary cross-entropy)
 * @param kl the closed-form {@code KL = ½ Σ_j (μ_j² + σ_j² − 1 − log σ_j²)}, {@code [N]}
 * @param elbo {@code reconstruction − kl}, {@code [N]}
 */
public record VaeTerms(INDArray reconstruction, INDArray kl, INDArray elbo) {
}
