package org.gdl4j.ensemble;

/**
 * How far a function's outputs on a group orbit are from those on the untransformed input: continuous
 * measures of invariance, complementing the discrete {@link OrbitSamePrediction}.
 *
 * <p>Shapes: {@code logits} is {@code double[|G|][N][K]}, indexed {@code [g][n][k]}, with
 * {@code logits[g][n] = f(g·x_n)} and {@code g = 0} the identity; norms are Euclidean over the {@code K}
 * outputs. Every measure averages over the {@code |G| − 1} non-identity elements, so {@code |G| >= 2} is
 * required. For a deep ensemble pass the mean of the members' logits; for the {@code m}-curve average the
 * result over disjoint sub-ensembles ({@link SubEnsembles}).
 *
 * <p>With i.i.d. members around an exactly invariant mean, the RMS error of an {@code m}-member ensemble is
 * the single member's divided by {@code √m} (Gerken and Kessel, ICML 2024, arXiv 2403.03103, Lemma B.4):
 * fit it against {@code m} on a log-log scale and expect slope {@code −1/2}. Use the absolute RMS error for
 * that slope; at initialisation the relative error is about 1 for members and ensembles alike.
 */
public final class InvarianceError {

    private InvarianceError() {
    }

    /**
     * The root-mean-square invariance error {@code √(mean_n mean_{g≠e} ‖f(g·x_n) − f(x_n)‖²)}.
     *
     * @param logits {@code [|G|][N][K]}, finite, rectangular, {@code |G| >= 2}, {@code N, K >= 1}
     * @return the error, in the units of the logits
     * @throws IllegalArgumentException if the logits are empty, ragged or not finite, or {@code |G| < 2}
     */
    public static double rms(double[][][] logits) {
        OrbitArrays.Dims dims = checkWithTransforms(logits);
        double sum = 0;
        for (int g = 1; g < dims.groupOrder(); g++) {
            for (int n = 0; n < dims.inputs(); n++) {
                double d = distance(logits[g][n], logits[0][n]);
                sum += d * d;
            }
        }
        return Math.sqrt(sum / ((dims.groupOrder() - 1) * (double) dims.inputs()));
    }

    /**
     * The relative invariance error {@code mean_n mean_{g≠e} ‖f(g·x_n) − f(x_n)‖ / mean_n ‖f(x_n)‖}.
     *
     * @param logits {@code [|G|][N][K]}, finite, rectangular, {@code |G| >= 2}, {@code N, K >= 1}
     * @return the ratio; {@code 0} when both numerator and denominator are 0, infinite when only the
     *         denominator is
     * @throws IllegalArgumentException if the logits are empty, ragged or not finite, or {@code |G| < 2}
     */
    public static double relative(double[][][] logits) {
        OrbitArrays.Dims dims = checkWithTransforms(logits);
        double deviation = 0;
        double scale = 0;
        for (int n = 0; n < dims.inputs(); n++) {
            scale += norm(logits[0][n]);
            for (int g = 1; g < dims.groupOrder(); g++) {
                deviation += distance(logits[g][n], logits[0][n]);
            }
        }
        return ratio(deviation / (dims.groupOrder() - 1), scale);
    }

    /**
     * The largest absolute deviation {@code max_{n, g≠e, k} |f(g·x_n)_k − f(x_n)_k|}, for exact tests.
     *
     * @param logits {@code [|G|][N][K]}, finite, rectangular, {@code |G| >= 2}, {@code N, K >= 1}
     * @return the maximum
     * @throws IllegalArgumentException if the logits are empty, ragged or not finite, or {@code |G| < 2}
     */
    public static double maxAbsolute(double[][][] logits) {
        OrbitArrays.Dims dims = checkWithTransforms(logits);
        double max = 0;
        for (int g = 1; g < dims.groupOrder(); g++) {
            for (int n = 0; n < dims.inputs(); n++) {
                for (int k = 0; k < dims.classes(); k++) {
                    max = Math.max(max, Math.abs(logits[g][n][k] - logits[0][n][k]));
                }
            }
        }
        return max;
    }

    /**
     * The largest absolute deviation relative to the largest untransformed output,
     * {@code maxAbsolute / max_{n,k} |f(x_n)_k|}: the rule {@code max|a − b| ≤ rtol · max|b|} of exact checks.
     *
     * @param logits {@code [|G|][N][K]}, finite, rectangular, {@code |G| >= 2}, {@code N, K >= 1}
     * @return the ratio; {@code 0} when both are 0, infinite when only the scale is
     * @throws IllegalArgumentException if the logits are empty, ragged or not finite, or {@code |G| < 2}
     */
    public static double maxRelative(double[][][] logits) {
        double deviation = maxAbsolute(logits);
        double scale = 0;
        for (double[] row : logits[0]) {
            for (double value : row) {
                scale = Math.max(scale, Math.abs(value));
            }
        }
        return ratio(deviation, scale);
    }

    private static OrbitArrays.Dims checkWithTransforms(double[][][] logits) {
        OrbitArrays.Dims dims = OrbitArrays.check(logits, "logits");
        if (dims.groupOrder() < 2) {
            throw new IllegalArgumentException("expected |G| >= 2 (the identity and at least one transform) for an "
                    + "invariance error but got |G| = " + dims.groupOrder());
        }
        return dims;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    private static double norm(double[] a) {
        double sum = 0;
        for (double v : a) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }

    private static double ratio(double deviation, double scale) {
        if (scale == 0) {
            return deviation == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return deviation / scale;
    }
}
