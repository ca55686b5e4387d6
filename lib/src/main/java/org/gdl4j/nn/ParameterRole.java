package org.gdl4j.nn;

/** What a parameter does, which decides how it is initialised and scaled (see {@link Parameterization}). */
public enum ParameterRole {
    /** A weight multiplied with the input: scaled by {@code σ_w/√fanIn}. */
    WEIGHT,
    /** An additive bias: scaled by {@code σ_b}. */
    BIAS,
    /** A multiplicative scale initialised to 1 (batch normalisation's γ), never rescaled. */
    SCALE,
    /** An additive shift initialised to 0 (batch normalisation's β), never rescaled. */
    SHIFT
}
