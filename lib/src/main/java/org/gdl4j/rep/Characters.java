package org.gdl4j.rep;

import java.util.List;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.GroupElement;

/**
 * Characters of real representations of finite groups and what they tell: multiplicities, irreducibility
 * and the type of an irrep.
 *
 * <p>The inner product of characters is {@code ⟨χ, ψ⟩ = (1/|G|) Σ_g χ(g) ψ(g)} (real characters satisfy
 * {@code χ(g⁻¹) = χ(g)}, so no conjugation is needed). Orthogonality: distinct irreps have
 * {@code ⟨χ_i, χ_j⟩ = 0}, and {@code ⟨χ_i, χ_i⟩} is 1, 2 or 4 by {@link IrrepType}. See Serre, <i>Linear
 * Representations of Finite Groups</i>, §2.3 and §13.2.
 */
public final class Characters {

    /** How far a character inner product may be from the nearest integer. */
    public static final double INTEGER_TOLERANCE = 1e-9;

    private Characters() {
    }

    /**
     * The inner product {@code ⟨χ_a, χ_b⟩ = (1/|G|) Σ_g χ_a(g) χ_b(g)}.
     *
     * @param a   a representation
     * @param b   a representation of the same group
     * @param <E> the element type
     * @return the inner product of the characters
     * @throws IllegalArgumentException if the groups differ
     */
    public static <E extends GroupElement> double innerProduct(Representation<E> a, Representation<E> b) {
        a.requireSameGroup(b);
        double[] left = a.characters();
        double[] right = b.characters();
        double sum = 0;
        for (int i = 0; i < left.length; i++) {
            sum += left[i] * right[i];
        }
        return sum / left.length;
    }

    /**
     * The Frobenius–Schur indicator {@code (1/|G|) Σ_g χ(g²)} of a real representation.
     *
     * @param rep a representation
     * @param <E> the element type
     * @return the indicator; for an irrep, {@link IrrepType#indicator()}
     */
    public static <E extends GroupElement> double frobeniusSchurIndicator(Representation<E> rep) {
        FiniteGroup<E> group = rep.group();
        double sum = 0;
        for (E g : group.elements()) {
            sum += rep.character(group.compose(g, g));
        }
        return sum / group.order();
    }

    /**
     * The type of an irreducible representation, read off its character: {@code (⟨χ, χ⟩, indicator)} is
     * {@code (1, 1)}, {@code (2, 0)} or {@code (4, −2)}; any other pair means the representation is reducible.
     *
     * @param rep a representation
     * @param <E> the element type
     * @return the type of {@code rep}
     * @throws IllegalArgumentException if {@code rep} is not irreducible
     */
    public static <E extends GroupElement> IrrepType irreducibleType(Representation<E> rep) {
        double norm = innerProduct(rep, rep);
        double indicator = frobeniusSchurIndicator(rep);
        for (IrrepType type : IrrepType.values()) {
            if (Math.abs(norm - type.commutantDimension()) < INTEGER_TOLERANCE
                    && Math.abs(indicator - type.indicator()) < INTEGER_TOLERANCE) {
                return type;
            }
        }
        throw new IllegalArgumentException(rep + " is not irreducible: <chi, chi> = " + norm
                + " and Frobenius-Schur indicator = " + indicator
                + " match none of (1, 1), (2, 0), (4, -2)");
    }

    /**
     * Whether a representation is irreducible over ℝ; see {@link #irreducibleType(Representation)}.
     *
     * @param rep a representation
     * @param <E> the element type
     * @return {@code true} if {@code rep} is irreducible
     */
    public static <E extends GroupElement> boolean isIrreducible(Representation<E> rep) {
        try {
            irreducibleType(rep);
            return true;
        } catch (IllegalArgumentException reducible) {
            return false;
        }
    }

    /**
     * How many times the irrep occurs in {@code rep}: {@code ⟨χ_irrep, χ_rep⟩ / ⟨χ_irrep, χ_irrep⟩}.
     *
     * @param irrep an irreducible representation
     * @param rep   a representation of the same group
     * @param <E>   the element type
     * @return the multiplicity, a non-negative integer
     * @throws IllegalArgumentException if {@code irrep} is not irreducible, the groups differ, or the ratio is
     *                                  not an integer (then {@code rep} is not a representation)
     */
    public static <E extends GroupElement> int multiplicity(Representation<E> irrep, Representation<E> rep) {
        int norm = irreducibleType(irrep).commutantDimension();
        double ratio = innerProduct(irrep, rep) / norm;
        long rounded = Math.round(ratio);
        if (Math.abs(ratio - rounded) > INTEGER_TOLERANCE || rounded < 0) {
            throw new IllegalArgumentException("multiplicity of " + irrep + " in " + rep
                    + " should be a non-negative integer but <chi_irrep, chi_rep> / <chi_irrep, chi_irrep> = "
                    + ratio);
        }
        return (int) rounded;
    }

    /**
     * Checks that {@code irreps} is a complete list of pairwise non-isomorphic irreps of their group:
     * {@code Σ d² / ⟨χ, χ⟩ = |G|} (the sum of squared dimensions of the complex irreps).
     *
     * @param group  the group
     * @param irreps the candidate irreps
     * @param <E>    the element type
     * @throws IllegalArgumentException if an entry is reducible, two are isomorphic, or some irrep is missing
     */
    public static <E extends GroupElement> void requireCompleteIrreps(FiniteGroup<E> group,
            List<Representation<E>> irreps) {
        double complexSquares = 0;
        for (int i = 0; i < irreps.size(); i++) {
            Representation<E> irrep = irreps.get(i);
            if (!irrep.group().equals(group)) {
                throw new IllegalArgumentException("expected irreps of " + group.name() + " but got " + irrep);
            }
            int d = irrep.dimension();
            complexSquares += (double) d * d / irreducibleType(irrep).commutantDimension();
            for (Representation<E> earlier : irreps.subList(0, i)) {
                if (Math.abs(innerProduct(earlier, irrep)) > INTEGER_TOLERANCE) {
                    throw new IllegalArgumentException(earlier + " and " + irrep + " are isomorphic");
                }
            }
        }
        if (Math.abs(complexSquares - group.order()) > INTEGER_TOLERANCE) {
            throw new IllegalArgumentException("irreps of " + group.name() + " are incomplete: sum of d^2/<chi,chi> = "
                    + complexSquares + " but |G| = " + group.order());
        }
    }
}
