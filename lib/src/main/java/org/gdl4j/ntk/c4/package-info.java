/**
 * Infinite-width kernels of C4 group-convolutional networks on square images (C4 ⋉ Z², the 90° rotations
 * and translations of the pixel grid), after Misof, Kessel and Gerken, "Equivariant Neural Tangent Kernels",
 * ICML 2025.
 *
 * <p>A network is a {@link org.gdl4j.ntk.c4.LiftingConv}, then {@link org.gdl4j.ntk.c4.GroupConv}s with
 * pointwise nonlinearities in between, then {@link org.gdl4j.ntk.GroupPool} and a dense readout. The kernel
 * between group elements {@code (t, r)} and {@code (t', r')} depends on the rotations only through
 * {@code d = r' − r}, and substituting the rotated filter offsets shows that each {@code d} evolves as an
 * independent "rotated-pair" CNN recursion {@code K̃_d[t, t'] ← σ_w²/q² Σ_z K̃_d[t + z, t' + R^d z]}. Two
 * {@link org.gdl4j.ntk.c4.C4Form}s are provided: {@code ORBIT} stores the four planar blocks
 * ({@link org.gdl4j.ntk.c4.C4OrbitDomain}, four times the cost of a CNN kernel, the fast path), and
 * {@code BLOCK} stores the kernel over all pairs of group elements and applies the group recursion as
 * written ({@link org.gdl4j.ntk.c4.C4BlockDomain}, the slow reference). Tests check that both agree entry by
 * entry.
 *
 * <p>Two consequences are pinned by tests: the group-pooled kernel is the orbit average of the CNN kernel
 * with global average pooling, {@code K_GCNN(x, x') = ¼ Σ_r K_CNN(x, rot^r x')}, for the NNGP and the NTK
 * (in the NTK parameterisation); and kernel regression with the CNN kernel on the fully augmented training
 * set equals regression with the group kernel on the original set, at every training time.
 *
 * <p>Rotations turn counter-clockwise as displayed with row 0 on top; offsets {@code (row, column)} turn as
 * {@code R(a, b) = (−b, a)}. Since every kernel here averages over all four rotations, the orientation only
 * matters for comparing the two forms entry by entry.
 */
package org.gdl4j.ntk.c4;
