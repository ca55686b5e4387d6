/**
 * Sampled domains and how groups act on them; for now the planar pixel grid.
 *
 * <p>A group of planar symmetries ({@link org.gdl4j.group.PlanarSymmetry}: rotations, and rotations
 * followed by the mirror {@code x → −x}) acts on a batch of images {@code [N, C, H, W]} by moving pixels,
 * {@code (g·x)(p) = x(g⁻¹·p)}, about the image centre {@code ((H−1)/2, (W−1)/2)} with angles positive
 * counter-clockwise as displayed (row 0 on top). A feature map whose channels carry a representation
 * {@code ρ} is acted on by moving pixels and mixing channels,
 * {@code (g·x)[:, c] = Σ_c' ρ(g)[c, c'] · spatial_g(x[:, c'])}. An equivariant network is one that commutes
 * with these actions, {@code f(g·x) = g·f(x)}; {@link org.gdl4j.check} measures how far a function is from
 * that.
 *
 * <h2>What is here</h2>
 * <ul>
 *   <li>{@link org.gdl4j.grid.ArrayAction}: the functional interface {@code (g, x) ↦ g·x} that checks and
 *       data augmentation take; {@link org.gdl4j.grid.ArrayAction#trivial()} is the invariant case.</li>
 *   <li>{@link org.gdl4j.grid.ImageAction}: the action on pixels. Multiples of {@code 90°} (and the
 *       mirror) permute the pixels of a square image exactly; other angles, such as the {@code 45°} turns of
 *       C8, resample bilinearly with zeros outside the image.</li>
 *   <li>{@link org.gdl4j.grid.Exactness}: which of the two an element gets on a given grid, so that a
 *       check can choose its tolerance.</li>
 *   <li>{@link org.gdl4j.grid.FieldAction}: the action on feature fields: plain channels (trivial fields),
 *       regular fields and fields of any {@link org.gdl4j.rep.Representation}.</li>
 * </ul>
 *
 * <h2>Regular fields</h2>
 * The feature maps of a group convolution (Cohen and Welling, <i>Group equivariant convolutional
 * networks</i>, ICML 2016, arXiv:1602.07576) carry one channel per group element in every field. Following
 * the regular fields of steerable CNNs (Weiler and Cesa, <i>General E(2)-equivariant steerable CNNs</i>,
 * NeurIPS 2019, arXiv:1911.08251), channel {@code c = f·|G| + i} holds field {@code f} at element
 * {@code h_i = group.elements().get(i)}, and an element acts as
 * {@code (g·x)[f, i] = spatial_g(x[f, index(g⁻¹·h_i)])}: the pixels move and the group axis is permuted by
 * the regular representation {@code ρ(g) e_h = e_{g·h}}.
 *
 * <h2>Exactness</h2>
 * Rotations by multiples of {@code 90°} on a square grid, odd or even in size, map pixel centres to pixel
 * centres, so the action is a permutation computed by one gather and the group laws
 * {@code (g·h)·x = g·(h·x)}, {@code e·x = x} hold bit for bit. Other angles are interpolated: equivariance
 * then holds only approximately, best for smooth (band-limited) images inside a disc, and checks state a
 * looser tolerance, as escnn does for continuous rotations.
 *
 * <p>Shapes are NCHW, {@code [N, C, H, W]}, in FLOAT or DOUBLE; every action keeps the data type of its
 * input and never modifies it. Bad input (wrong rank, wrong channel count, a non-square image for a
 * {@code 90°} turn) raises {@link java.lang.IllegalArgumentException} naming the expected and the actual
 * value. This package depends on {@link org.gdl4j.group}, {@link org.gdl4j.rep} and the root package only.
 */
package org.gdl4j.grid;
