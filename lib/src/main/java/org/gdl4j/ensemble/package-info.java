/**
 * Emergent equivariance in deep ensembles: ensembles of networks that are not equivariant, trained on data
 * augmented with whole group orbits, whose mean prediction becomes equivariant.
 *
 * <p><b>The result.</b> Gerken and Kessel ("Emergent Equivariance in Deep Ensembles", ICML 2024,
 * arXiv:2403.03103) prove that if every training sample is replaced by its whole orbit under a finite group
 * {@code G}, the mean of an infinite ensemble of infinitely wide networks trained by gradient flow on the mean
 * squared error is exactly equivariant (for classification logits: invariant) at every training time, on the
 * data manifold and off it, including at initialisation, although no member is equivariant and no
 * equivariant layer is used. For finite ensembles of {@code M} members the deviation is Monte-Carlo noise that
 * shrinks like {@code M^{-1/2}}. The conditions: the group acts on inputs by orthogonal maps (90° rotations of
 * square images are pixel permutations), the initialisation law makes the NNGP and NTK invariant (i.i.d.
 * first-layer weights), the loss is the mean squared error, and the augmentation covers full orbits.
 *
 * <p><b>What the package holds.</b> Ensembles of networks, their invariance metrics (how far the mean
 * prediction on {@code g·x} is from the prediction on {@code x}), evaluation on off-manifold inputs such as
 * noise images, and the infinite-ensemble limit: {@link org.gdl4j.ensemble.InfiniteEnsemble} computes the
 * mean logits {@code μ_t} in closed form from the neural tangent kernel of an
 * {@link org.gdl4j.ntk.KernelLayer} network (the linearised dynamics of Lee et al., "Wide Neural Networks of
 * Any Depth Evolve as Linear Models Under Gradient Descent", NeurIPS 2019, arXiv:1902.06720), with or without
 * full C4 augmentation ({@link org.gdl4j.ensemble.OrbitAugmentation}).
 * {@link org.gdl4j.ensemble.GroupSummedKernel} states the identity that makes large augmented sets cheap: the
 * augmented ensemble equals kernel flow with the orbit-mean kernel on the original points.
 *
 * <p><b>Symbols.</b> {@code N} training images (before augmentation), {@code Q} query images, {@code k}
 * classes (here the output dimension, not a filter size), {@code M} ensemble members, {@code |G| = 4} for C4,
 * {@code n} the number of target entries of the training set the loss averages over ({@code N·k} without
 * augmentation, {@code |G|·N·k} with it). Images are {@code [C, H, W]}; rotations are counter-clockwise
 * quarter turns as {@link org.gdl4j.ntk.PlanarImage#rotate90}.
 */
package org.gdl4j.ensemble;
