/**
 * Diffeomorphic counterfactuals (Dombrowski, Gerken, Müller and Kessel, "Diffeomorphic Counterfactuals With
 * Generative Models", IEEE TPAMI 2023, arXiv 2206.05075): {@link org.gdl4j.counterfactual.CounterfactualSearch}
 * ascends a classifier's target log-probability in the latent coordinates of a
 * {@link org.gdl4j.flow.LatentDecoder} (or in pixel space, the adversarial baseline) until it exceeds a
 * threshold; {@link org.gdl4j.counterfactual.LatentFit} finds starting latents for decoders without an encoder
 * (GANs); {@link org.gdl4j.counterfactual.Differences} gives the heat maps and
 * {@link org.gdl4j.counterfactual.CounterfactualMetrics} the measures (success, steps, distances, bits per
 * dimension, IM1 of Van Looveren and Klaise, oracle agreement).
 *
 * <p>IM1 needs autoencoders: {@link org.gdl4j.counterfactual.Autoencoder} (an MLP, laid out by
 * {@link org.gdl4j.counterfactual.AutoencoderArchitecture}) and
 * {@link org.gdl4j.counterfactual.ClassConditionalAutoencoders}, one per class plus one on all data.
 * {@link org.gdl4j.counterfactual.CounterfactualSummary} tabulates a comparison of methods, one
 * {@link org.gdl4j.counterfactual.MethodSummary} per method, scored by shared
 * {@link org.gdl4j.counterfactual.MetricProviders}; all its aggregates except the success rate are over the
 * successful searches only.
 */
package org.gdl4j.counterfactual;
