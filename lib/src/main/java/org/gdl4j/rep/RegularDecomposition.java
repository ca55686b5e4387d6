package org.gdl4j.rep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.GroupElement;

/**
 * The decomposition of the regular representation into irreps by an explicit orthogonal change of basis:
 * {@code Q · ρ_reg(g) · Qᵀ = ψ_1(g) ⊕ ψ_2(g) ⊕ …} for every {@code g}, where each real irrep {@code ψ} of
 * dimension {@code d} appears {@link IrrepType#regularMultiplicity(int) d / ⟨χ, χ⟩} times.
 *
 * <p><b>Construction (the Fourier basis).</b> By the Peter–Weyl (here: Schur orthogonality) theorem the
 * matrix coefficients {@code h ↦ ψ(h)_{ab}} span the regular representation. For a fixed column {@code b}, the
 * {@code d} vectors {@code u_a = Σ_h ψ(h)_{ab} e_h} satisfy {@code ρ_reg(g) u_a = Σ_c ψ(g)_{ca} u_c} (for
 * orthogonal {@code ψ}), so, scaled to unit length, they form {@code d} rows of {@code Q} on which
 * {@code ρ_reg} acts as {@code ψ}. For an irrep of real type the {@code d} columns give {@code d} orthogonal
 * copies; for complex type, columns that span a copy already taken are projected away and skipped. The
 * rows are ordered irrep by irrep (in the order given), copy by copy.
 *
 * <p>With {@code ρ_reg(g) e_h = e_{g·h}} ({@link Representations#regular}), this is the group Fourier
 * transform: {@code Q f} lists the Fourier coefficients of a function {@code f} on the group. See Serre,
 * <i>Linear Representations of Finite Groups</i>, §2.4, and Gerken et al., <i>Geometric deep learning and
 * equivariant neural networks</i> (2023), on Fourier analysis on groups.
 *
 * @param <E> the element type
 */
public final class RegularDecomposition<E extends GroupElement> {

    private final Matrix basisChange;
    private final List<Representation<E>> blocks;

    private RegularDecomposition(Matrix basisChange, List<Representation<E>> blocks) {
        this.basisChange = basisChange;
        this.blocks = List.copyOf(blocks);
    }

    /**
     * Builds the orthogonal change of basis for a complete list of irreps.
     *
     * @param group  the finite group
     * @param irreps a complete list of pairwise non-isomorphic, orthogonal irreps of {@code group}, for
     *               example {@link CyclicIrreps#all} or {@link DihedralIrreps#all}
     * @param <E>    the element type
     * @return the decomposition
     * @throws IllegalArgumentException if the list is not complete, contains a reducible or non-orthogonal
     *                                  representation, or two isomorphic ones
     */
    public static <E extends GroupElement> RegularDecomposition<E> of(FiniteGroup<E> group,
            List<Representation<E>> irreps) {
        Characters.requireCompleteIrreps(group, irreps);
        irreps.forEach(RegularDecomposition::requireOrthogonal);
        List<double[]> rows = new ArrayList<>();
        List<Representation<E>> blocks = new ArrayList<>();
        for (Representation<E> irrep : irreps) {
            int copies = Characters.irreducibleType(irrep).regularMultiplicity(irrep.dimension());
            List<double[]> isotypic = isotypicRows(group, irrep, copies);
            rows.addAll(isotypic);
            blocks.addAll(Collections.nCopies(copies, irrep));
        }
        return new RegularDecomposition<>(Matrix.of(rows.toArray(double[][]::new)), blocks);
    }

    /**
     * The orthogonal matrix {@code Q}, shape {@code [|G|, |G|]}, with {@code Q ρ_reg(g) Qᵀ} block diagonal.
     *
     * @return {@code Q}
     */
    public Matrix basisChange() {
        return basisChange;
    }

    /**
     * The diagonal blocks in order: each irrep repeated as many times as it occurs.
     *
     * @return an immutable list whose dimensions sum to {@code |G|}
     */
    public List<Representation<E>> blocks() {
        return blocks;
    }

    /**
     * The block-diagonal representation {@code ⊕ blocks()}, equal to {@code Q ρ_reg Qᵀ} up to rounding.
     *
     * @return the direct sum of the blocks
     */
    public Representation<E> blockDiagonal() {
        return Representations.directSum(blocks);
    }

    private static <E extends GroupElement> List<double[]> isotypicRows(FiniteGroup<E> group,
            Representation<E> irrep, int copies) {
        List<double[]> accepted = new ArrayList<>();
        int d = irrep.dimension();
        for (int column = 0; column < d && accepted.size() < copies * d; column++) {
            List<double[]> candidate = coefficientRows(group, irrep, column);
            candidate.forEach(row -> projectOut(row, accepted));
            double norm = Math.sqrt(dot(candidate.get(0), candidate.get(0)));
            if (norm > 1e-6) {
                candidate.forEach(row -> scale(row, 1 / Math.sqrt(dot(row, row))));
                accepted.addAll(candidate);
            }
        }
        if (accepted.size() != copies * d) {
            throw new IllegalStateException("found " + accepted.size() / d + " copies of " + irrep
                    + " in the regular representation but expected " + copies);
        }
        return accepted;
    }

    /** The vectors {@code u_a = Σ_h ψ(h)_{a,column} e_h}, {@code a = 0 … d−1}. */
    private static <E extends GroupElement> List<double[]> coefficientRows(FiniteGroup<E> group,
            Representation<E> irrep, int column) {
        List<E> elements = group.elements();
        List<double[]> rows = new ArrayList<>();
        for (int a = 0; a < irrep.dimension(); a++) {
            double[] row = new double[elements.size()];
            for (int h = 0; h < row.length; h++) {
                row[h] = irrep.matrix(elements.get(h)).get(a, column);
            }
            rows.add(row);
        }
        return rows;
    }

    private static void projectOut(double[] row, List<double[]> orthonormal) {
        for (double[] basis : orthonormal) {
            double overlap = dot(row, basis);
            for (int i = 0; i < row.length; i++) {
                row[i] -= overlap * basis[i];
            }
        }
    }

    private static void scale(double[] row, double factor) {
        for (int i = 0; i < row.length; i++) {
            row[i] *= factor;
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static <E extends GroupElement> void requireOrthogonal(Representation<E> irrep) {
        Matrix identity = Matrix.identity(irrep.dimension());
        for (E g : irrep.group().elements()) {
            Matrix m = irrep.matrix(g);
            double error = m.multiply(m.transpose()).maxAbsDifference(identity);
            if (error > 1e-9) {
                throw new IllegalArgumentException(irrep + " is not orthogonal: max |rho(g) rho(g)^T - I| = "
                        + error + " at " + g);
            }
        }
    }
}
