/**
 * Normalizing flows on image batches {@code [N, C, H, W]}: bijections that return their output and
 * {@code log|det J|} per sample in both directions, with parameters shared between the directions, so that a
 * trained {@link org.gdl4j.flow.Flow} encodes ({@code x → z}) and decodes ({@code z → x}) differentiably in one
 * SameDiff graph, as the diffeomorphic counterfactuals of Dombrowski et al. ("Diffeomorphic Counterfactuals with
 * Generative Models", IEEE TPAMI) need.
 *
 * <table>
 * <caption>Bijections</caption>
 * <tr><th>type</th><th>map</th><th>log|det J| per sample</th></tr>
 * <tr><td>{@link org.gdl4j.flow.LogitTransform}</td><td>{@code logit(α + (1−2α)x)}</td>
 *     <td>{@code Σ [log(1−2α) − log p − log(1−p)]}</td></tr>
 * <tr><td>{@link org.gdl4j.flow.Squeeze}</td><td>{@code (C,H,W) → (4C,H/2,W/2)}</td><td>0</td></tr>
 * <tr><td>{@link org.gdl4j.flow.AffineCoupling}</td><td>{@code x_b ⊙ exp(s(x_a)) + t(x_a)}</td>
 *     <td>{@code Σ s}</td></tr>
 * <tr><td>{@link org.gdl4j.flow.AdditiveCoupling}</td><td>{@code x_b + t(x_a)}</td><td>0</td></tr>
 * <tr><td>{@link org.gdl4j.flow.ActNorm}</td><td>{@code exp(ℓ) ⊙ (x + b)}</td><td>{@code H·W·Σ ℓ}</td></tr>
 * <tr><td>{@link org.gdl4j.flow.InvertibleConv1x1}</td><td>{@code W x} per pixel, {@code W = P L (U + diag(σ e^ℓ))}</td>
 *     <td>{@code H·W·Σ ℓ}</td></tr>
 * <tr><td>{@link org.gdl4j.flow.FactorOut}</td><td>{@code concat(x_a, inner(x_b))}</td><td>that of inner</td></tr>
 * <tr><td>{@link org.gdl4j.flow.Composition}</td><td>{@code f_K ∘ … ∘ f_1}</td><td>sum</td></tr>
 * </table>
 *
 * <p>References: Dinh, Sohl-Dickstein and Bengio, "Density estimation using Real NVP", ICLR 2017; Kingma and
 * Dhariwal, "Glow: Generative flow with invertible 1×1 convolutions", NeurIPS 2018. {@link
 * org.gdl4j.flow.BijectionCheck} states the flow laws (round trip, log-det against the Jacobian) as library code.
 *
 * <p>{@link org.gdl4j.flow.Vae} is the other {@link org.gdl4j.flow.LatentDecoder}: a variational autoencoder
 * (Kingma and Welling, "Auto-Encoding Variational Bayes", ICLR 2014) with MLP or convolutional networks, a
 * Bernoulli decoder and {@code ELBO = E_q[log p(x|z)] − KL(q(z|x) ‖ N(0, I))}, trained by
 * {@link org.gdl4j.flow.VaeTrainer} and saved by {@link org.gdl4j.flow.VaeFile}; it encodes with the posterior mean
 * and decodes with the decoder mean, an approximate inverse.
 */
package org.gdl4j.flow;
