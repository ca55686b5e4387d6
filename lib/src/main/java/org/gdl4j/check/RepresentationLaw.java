package org.gdl4j.check;

/**
 * A law that the matrices of a representation {@code ρ} of a finite group are checked against by
 * {@link RepresentationLawCheck}.
 */
public enum RepresentationLaw {
    /** {@code ρ(g·h) = ρ(g)·ρ(h)} for all pairs: {@code ρ} is a homomorphism. */
    HOMOMORPHISM("ρ(g·h) = ρ(g)·ρ(h)"),
    /** {@code ρ(e) = I}. */
    IDENTITY("ρ(e) = I"),
    /** {@code ρ(g⁻¹) = ρ(g)⁻¹} for every element. */
    INVERSE("ρ(g⁻¹) = ρ(g)⁻¹"),
    /** {@code ρ(g)ᵀ·ρ(g) = I} for every element: {@code ρ} is orthogonal. */
    ORTHOGONALITY("ρ(g)ᵀ·ρ(g) = I");

    private final String formula;

    RepresentationLaw(String formula) {
        this.formula = formula;
    }

    /**
     * The law as a formula, such as {@code ρ(g·h) = ρ(g)·ρ(h)}.
     *
     * @return the formula shown in reports
     */
    public String formula() {
        return formula;
    }
}
