package org.gdl4j.ntk;

import java.util.Objects;

/**
 * A diagonal regulariser {@code K + λI} for kernel regression.
 *
 * @param scale  how {@code amount} becomes {@code λ}
 * @param amount {@code ≥ 0}
 */
public record Ridge(RidgeScale scale, double amount) {

    /**
     * Validates the amount.
     *
     * @param scale  how {@code amount} becomes {@code λ}
     * @param amount {@code ≥ 0}
     * @throws IllegalArgumentException if {@code amount} is negative or not finite
     */
    public Ridge {
        Objects.requireNonNull(scale, "scale");
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("expected a ridge amount finite and ≥ 0 but got " + amount);
        }
    }

    /**
     * No regularisation, {@code λ = 0}.
     *
     * @return the zero ridge
     */
    public static Ridge none() {
        return new Ridge(RidgeScale.ABSOLUTE, 0);
    }

    /**
     * {@code λ = amount · tr(K)/N}, neural-tangents' {@code diag_reg}.
     *
     * @param amount for example {@code 1e-4}
     * @return the relative ridge
     */
    public static Ridge relative(double amount) {
        return new Ridge(RidgeScale.RELATIVE_TO_MEAN_DIAGONAL, amount);
    }

    /**
     * {@code λ = amount}.
     *
     * @param amount the added diagonal
     * @return the absolute ridge
     */
    public static Ridge absolute(double amount) {
        return new Ridge(RidgeScale.ABSOLUTE, amount);
    }

    /**
     * The added diagonal for a training Gram matrix.
     *
     * @param gram {@code [N][N]}
     * @return {@code λ}
     */
    public double lambda(double[][] gram) {
        if (scale == RidgeScale.ABSOLUTE) {
            return amount;
        }
        double trace = 0;
        for (int i = 0; i < gram.length; i++) {
            trace += gram[i][i];
        }
        return amount * trace / gram.length;
    }
}
