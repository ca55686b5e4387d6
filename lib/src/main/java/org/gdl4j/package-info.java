/**
 * gdl4j: geometric deep learning for Java.
 *
 * <p>Equivariant layers, infinite-width kernels (NNGP and NTK) and counterfactual generators on top of
 * ND4J/SameDiff, with one notebook per paper that reproduces the paper's experiments.
 *
 * <h2>Packages and their direction</h2>
 * Dependencies point one way, from mathematics to models:
 * {@code group → rep → grid → nn → check → {planar, sphere, healpix, lattice} → {ntk, flow} → ensemble → counterfactual}.
 * {@link org.gdl4j.data} (loaders) and {@link org.gdl4j.notebook} (display) sit at the edges: library
 * code imports neither. {@link org.gdl4j.progress} is a leaf that every package may use to report progress.
 *
 * <h2>Shape symbols</h2>
 * Every public method that takes or returns an array states its shape with these symbols:
 * <ul>
 *   <li>{@code N} or {@code B}: number of samples (batch);</li>
 *   <li>{@code C}: channels ({@code FieldType.size()} for typed feature maps);</li>
 *   <li>{@code H, W}: image height and width in pixels, row 0 on top;</li>
 *   <li>{@code |G|}: order of a finite group;</li>
 *   <li>{@code k}: filter size;</li>
 *   <li>{@code P = 12·nside²}: HEALPix pixels;</li>
 *   <li>{@code L}: lattice sites; {@code N_c}: gauge matrix size;</li>
 *   <li>{@code M}: ensemble members.</li>
 * </ul>
 * Planar activations are NCHW, {@code [N, C, H, W]}.
 */
package org.gdl4j;
