package org.gdl4j.rep;

/**
 * The type of a real irreducible representation: which division algebra its commutant (the matrices that
 * commute with every {@code ρ(g)}) is.
 *
 * <p>The type decides how a real irrep of dimension {@code d} behaves over ℂ and in the regular
 * representation:
 * <table>
 *   <caption>Real irreps by type</caption>
 *   <tr><th>type</th><th>commutant</th><th>{@code ⟨χ, χ⟩}</th><th>indicator {@code (1/|G|) Σ χ(g²)}</th>
 *       <th>over ℂ</th><th>multiplicity in the regular rep</th></tr>
 *   <tr><td>REAL</td><td>ℝ</td><td>1</td><td>1</td><td>stays irreducible</td><td>{@code d}</td></tr>
 *   <tr><td>COMPLEX</td><td>ℂ</td><td>2</td><td>0</td><td>{@code W ⊕ W̄}, {@code dim W = d/2}</td>
 *       <td>{@code d/2}</td></tr>
 *   <tr><td>QUATERNIONIC</td><td>ℍ</td><td>4</td><td>−2</td><td>{@code W ⊕ W}, {@code dim W = d/2}</td>
 *       <td>{@code d/4}</td></tr>
 * </table>
 * In each case the real irrep accounts for {@code d²/⟨χ, χ⟩} of {@code |G| = Σ (dim W)²} summed over the
 * complex irreps. The 2-dimensional rotation irreps of C_n are of complex type; all irreps of D_n are of
 * real type. See Serre, <i>Linear Representations of Finite Groups</i>, §13.2.
 */
public enum IrrepType {
    /** Commutant ℝ: absolutely irreducible. */
    REAL(1, 1),
    /** Commutant ℂ: the complexification is a sum of two conjugate, non-isomorphic irreps. */
    COMPLEX(2, 0),
    /** Commutant ℍ: the complexification is twice one irrep. */
    QUATERNIONIC(4, -2);

    private final int commutantDimension;
    private final int indicator;

    IrrepType(int commutantDimension, int indicator) {
        this.commutantDimension = commutantDimension;
        this.indicator = indicator;
    }

    /**
     * The real dimension of the commutant, equal to the character norm {@code ⟨χ, χ⟩}: 1, 2 or 4.
     *
     * @return {@code dim_ℝ End_G(V)}
     */
    public int commutantDimension() {
        return commutantDimension;
    }

    /**
     * The Frobenius–Schur indicator {@code (1/|G|) Σ_g χ(g²)} of a real irrep of this type: 1, 0 or −2.
     *
     * @return the indicator of the real representation
     */
    public int indicator() {
        return indicator;
    }

    /**
     * How often a real irrep of this type and dimension {@code d} occurs in the regular representation.
     *
     * @param dimension the real dimension {@code d} of the irrep
     * @return {@code d / commutantDimension()}
     */
    public int regularMultiplicity(int dimension) {
        return dimension / commutantDimension;
    }
}
