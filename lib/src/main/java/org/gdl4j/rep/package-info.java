/**
 * Real representations of finite groups: the "data types" of the channels of equivariant feature maps.
 *
 * <p>A {@link org.gdl4j.rep.Representation} {@code ρ} of a group {@code G} assigns to every element a
 * {@code d×d} real matrix with {@code ρ(g·h) = ρ(g)·ρ(h)}. In an equivariant network each feature field
 * carries a representation that says how its {@code d} channels transform when the input is transformed by
 * {@code g}; an equivariant layer is a linear map that commutes with these matrices. The survey by Gerken et
 * al., <i>Geometric deep learning and equivariant neural networks</i>, Artificial Intelligence Review 56
 * (2023), arXiv:2105.13926, develops this picture; the representation theory itself follows Serre,
 * <i>Linear Representations of Finite Groups</i> (Springer, 1977), whose chapter 13 treats real
 * representations.
 *
 * <h2>What is here</h2>
 * <ul>
 *   <li>{@link org.gdl4j.rep.Representation}: matrices stored per element in the group's element order, the
 *       character, direct sums and changes of basis {@code Q ρ(g) Q⁻¹}.</li>
 *   <li>{@link org.gdl4j.rep.Representations}: trivial, regular (left multiplication permuting the element
 *       order) and permutation representations of a {@link org.gdl4j.group.FiniteAction}.</li>
 *   <li>{@link org.gdl4j.rep.CyclicIrreps} and {@link org.gdl4j.rep.DihedralIrreps}: the irreducible real
 *       representations of C_n and D_n. The frequency-1 two-dimensional irrep of each is the matrix by which
 *       the element acts on the plane.</li>
 *   <li>{@link org.gdl4j.rep.Characters}: character inner products, multiplicities, irreducibility and the
 *       {@link org.gdl4j.rep.IrrepType} (real, complex or quaternionic) of a real irrep.</li>
 *   <li>{@link org.gdl4j.rep.RegularDecomposition}: an explicit orthogonal {@code Q} with
 *       {@code Q ρ_reg(g) Qᵀ = ⊕ irreps}, built from matrix coefficients (the group Fourier basis).</li>
 * </ul>
 *
 * <h2>Real irreps and their types</h2>
 * Over ℝ an irrep can stay irreducible over ℂ (real type), split into two conjugate complex irreps (complex
 * type: the rotation irreps of C_n), or become twice one complex irrep (quaternionic type). Counting
 * statements therefore carry the character norm {@code ⟨χ, χ⟩ ∈ {1, 2, 4}}: the squared dimensions of the
 * complex irreps sum to {@code |G| = Σ d²/⟨χ, χ⟩} over the real irreps, and a real irrep of dimension
 * {@code d} occurs {@code d/⟨χ, χ⟩} times in the regular representation.
 *
 * <p>Everything is computed in double precision on small dense {@link org.gdl4j.rep.Matrix} values. This
 * package depends only on {@link org.gdl4j.group}. Bad input raises
 * {@link java.lang.IllegalArgumentException} with a message naming the expected and the actual value.
 */
package org.gdl4j.rep;
