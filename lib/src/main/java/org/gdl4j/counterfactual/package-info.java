/**
 * Diffeomorphic counterfactuals (Dombrowski, Gerken, Müller and Kessel, "Diffeomorphic Counterfactuals With
 * Generative Models", IEEE TPAMI 2023, arXiv 2206.05075): {@link org.gdl4j.counterfactual.CounterfactualSearch}
 * ascends a classifier's target log-probability in the latent coordinates of a
 * {@link org.gdl4j.flow.LatentDecoder} (or in pixel space, the adversarial baseline) until it exceeds a
 * threshold; {@link org.gdl4j.counterfactual.Differences} gives the heat maps and
 * {@link org.gdl4j.counterfactual.CounterfactualMetrics} the measures (success, steps, distances, bits per
 * dimension, IM1 of Van Looveren and Klaise, oracle agreement).
 */
package org.gdl4j.counterfactual;
