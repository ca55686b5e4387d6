package org.gdl4j.ntk;

import java.util.Objects;
import java.util.OptionalDouble;
import org.gdl4j.nn.Parameterization;

/**
 * Weight and bias scales of a linear layer and how they enter, following neural-tangents.
 *
 * <p>With fan-in {@code n} ({@code C_in} for dense, {@code C_in·q²} for convolutions and lifting,
 * {@code 4·C_in·q²} for C4 group convolutions) and {@code A} the layer's averaging operator on pair kernels:
 * <pre>
 * K'  = σ_w² A(K) + σ_b²
 * NTK parameterisation:       Θ' = σ_w² A(Θ) + K'
 * standard parameterisation:  Θ' = n · A(K) + σ_w² A(Θ) + 1 (the 1 only with a bias)
 * </pre>
 * Without a bias the σ_b² term is absent; a bias with {@code σ_b = 0} still adds 1 to the standard NTK,
 * since its parameter is trained.
 *
 * @param parameterization {@link Parameterization#NTK} or {@link Parameterization#STANDARD}
 * @param weightStd        {@code σ_w ≥ 0}
 * @param biasStd          {@code σ_b ≥ 0}, or empty for a layer without bias
 */
public record Initialization(Parameterization parameterization, double weightStd, OptionalDouble biasStd) {

    /**
     * Validates the scales.
     *
     * @param parameterization {@link Parameterization#NTK} or {@link Parameterization#STANDARD}
     * @param weightStd        {@code σ_w ≥ 0}
     * @param biasStd          {@code σ_b ≥ 0}, or empty for a layer without bias
     * @throws IllegalArgumentException if a scale is negative or not finite
     */
    public Initialization {
        Objects.requireNonNull(parameterization, "parameterization");
        Objects.requireNonNull(biasStd, "biasStd");
        requireScale("weightStd", weightStd);
        if (biasStd.isPresent()) {
            requireScale("biasStd", biasStd.getAsDouble());
        }
    }

    private static void requireScale(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("expected " + name + " finite and ≥ 0 but got " + value);
        }
    }

    /**
     * NTK parameterisation without bias.
     *
     * @param weightStd {@code σ_w}
     * @return the initialisation
     */
    public static Initialization ntk(double weightStd) {
        return new Initialization(Parameterization.NTK, weightStd, OptionalDouble.empty());
    }

    /**
     * NTK parameterisation with bias.
     *
     * @param weightStd {@code σ_w}
     * @param biasStd   {@code σ_b}
     * @return the initialisation
     */
    public static Initialization ntk(double weightStd, double biasStd) {
        return new Initialization(Parameterization.NTK, weightStd, OptionalDouble.of(biasStd));
    }

    /**
     * Standard parameterisation without bias.
     *
     * @param weightStd {@code σ_w}
     * @return the initialisation
     */
    public static Initialization standard(double weightStd) {
        return new Initialization(Parameterization.STANDARD, weightStd, OptionalDouble.empty());
    }

    /**
     * Standard parameterisation with bias.
     *
     * @param weightStd {@code σ_w}
     * @param biasStd   {@code σ_b}
     * @return the initialisation
     */
    public static Initialization standard(double weightStd, double biasStd) {
        return new Initialization(Parameterization.STANDARD, weightStd, OptionalDouble.of(biasStd));
    }

    /**
     * {@code σ_w²}.
     *
     * @return the weight variance
     */
    public double weightVariance() {
        return weightStd * weightStd;
    }

    /**
     * {@code σ_b²}, or 0 without bias.
     *
     * @return the bias variance
     */
    public double biasVariance() {
        double b = biasStd.orElse(0);
        return b * b;
    }
}
