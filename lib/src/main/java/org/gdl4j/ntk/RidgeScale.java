package org.gdl4j.ntk;

/** How the amount of a {@link Ridge} is turned into the added diagonal {@code λ}. */
public enum RidgeScale {
    /** {@code λ = amount · tr(K)/N}, as neural-tangents' {@code diag_reg}. */
    RELATIVE_TO_MEAN_DIAGONAL,
    /** {@code λ = amount}. */
    ABSOLUTE
}
