/**
 * Group-convolutional networks on the pixel grid: layers for the semidirect products C_n ⋉ Z² and D_n ⋉ Z²
 * (Cohen and Welling, "Group equivariant convolutional networks", ICML 2016), and plain CNN counterparts with
 * the same API for comparisons.
 *
 * <p>A {@link org.gdl4j.planar.LiftingConvolution} turns image channels (trivial fields) into regular fields,
 * one channel per group element; a {@link org.gdl4j.planar.GroupConvolution} maps regular fields to regular
 * fields; {@link org.gdl4j.planar.GroupPooling} reduces each regular field to an invariant channel. Both
 * convolutions expand their free filters into the filter bank of all group elements with one matrix product
 * and run a single {@code conv2d}. Rotations by multiples of 90° and reflections are exact pixel permutations,
 * so C4, D4 and their subgroups are exactly equivariant on square maps; for other n the filters are rotated by
 * bilinear interpolation and equivariance is approximate (tests bound the error on smooth inputs).
 * {@link org.gdl4j.planar.FieldBatchNorm} shares statistics across a field's channels so that it commutes with
 * the group; {@link org.gdl4j.planar.SpatialPooling} is exact when its windows tile the maps.
 *
 * <p>Conventions: activations NCHW at every interface, filters described OIYX {@code [C_out, C_in, k, k]}, angles positive
 * counter-clockwise as displayed (row 0 on top), regular-field channel {@code c = field·|G| + i} for the
 * {@code i}-th element of {@code group.elements()}. {@link org.gdl4j.planar.FieldActions} gives the matching
 * group actions for checks and augmentation, {@link org.gdl4j.planar.LayerwiseEquivariance} the equivariance of
 * every layer of a trained network, and {@link org.gdl4j.planar.Architectures} the networks of the planar
 * notebook.
 *
 * <p>Every layer also runs on channels-last maps {@code [N, H, W, C]}, keeping the layout of its input: a
 * {@link org.gdl4j.nn.Sequential} in {@link org.gdl4j.nn.Layout#CHANNELS_LAST} rearranges its input once and its
 * output back, and its layers convolve, pool and normalise in that layout, which ND4J's oneDNN natives
 * convolve without rearranging each layer's input and output (a fifth less time per convolution here).
 */
package org.gdl4j.planar;
