package org.gdl4j.flow;

/**
 * One epoch of VAE training, averaged over its images with the noise drawn while training (each minibatch's
 * terms are those before its optimiser step).
 *
 * @param epoch the epoch, from 1
 * @param elbo the mean {@code ELBO(x)} in nats per image (higher is better)
 * @param reconstruction the mean {@code log p(x|z)} in nats per image
 * @param kl the mean {@code KL(q(z|x) ‖ N(0, I))} in nats per image
 * @param seconds the wall-clock time of the epoch
 */
public record VaeEpoch(int epoch, double elbo, double reconstruction, double kl, double seconds) {
}
