package org.gdl4j.nn;

import java.util.Objects;

/**
 * How a network's parameters are drawn: the {@link Parameterization}, the weight and bias scales
 * {@code σ_w} and {@code σ_b}, and the seed from which every parameter is drawn in a fixed order, so that
 * the same seed gives the same network on every machine.
 *
 * @param parameterization standard or NTK
 * @param sigmaW the weight scale {@code σ_w > 0} ({@code √2} keeps ReLU activations of order one)
 * @param sigmaB the bias scale {@code σ_b ≥ 0}; with 0, standard biases start at zero
 * @param seed the seed of the parameter draw
 */
public record Initialization(Parameterization parameterization, double sigmaW, double sigmaB, long seed) {

    /** Validates the scales. */
    public Initialization {
        Objects.requireNonNull(parameterization, "parameterization");
        if (!(sigmaW > 0) || !Double.isFinite(sigmaW)) {
            throw new IllegalArgumentException("σ_w must be positive and finite but got " + sigmaW);
        }
        if (!(sigmaB >= 0) || !Double.isFinite(sigmaB)) {
            throw new IllegalArgumentException("σ_b must be non-negative and finite but got " + sigmaB);
        }
    }

    /**
     * Standard parameterisation with He scaling ({@code σ_w = √2}) and zero biases, the usual choice for
     * training ReLU networks.
     *
     * @param seed the seed of the parameter draw
     * @return the initialisation
     */
    public static Initialization standard(long seed) {
        return new Initialization(Parameterization.STANDARD, Math.sqrt(2), 0, seed);
    }

    /**
     * NTK parameterisation with the given scales, as used to compare finite networks with their kernels.
     *
     * @param sigmaW the weight scale
     * @param sigmaB the bias scale
     * @param seed the seed of the parameter draw
     * @return the initialisation
     */
    public static Initialization ntk(double sigmaW, double sigmaB, long seed) {
        return new Initialization(Parameterization.NTK, sigmaW, sigmaB, seed);
    }

    /**
     * The same scales with another seed (ensemble members, repeated runs).
     *
     * @param newSeed the seed
     * @return the initialisation
     */
    public Initialization withSeed(long newSeed) {
        return new Initialization(parameterization, sigmaW, sigmaB, newSeed);
    }
}
