package org.gdl4j.ensemble;

/**
 * Orbit same prediction (OSP): on how many elements of a group orbit a classifier predicts the same class as
 * on the untransformed input.
 *
 * <p>Definition: {@code OSP(f, x) = Σ_{g∈G} 1[argmax f(g·x) = argmax f(x)]}. The identity element is
 * included, so each value is a <b>count</b> in {@code 1 … |G|} (C4: at least 1, at most 4), not a fraction;
 * {@code |G|} means the prediction is invariant on the whole orbit. The term is that of Gerken and Kessel,
 * "Emergent Equivariance in Deep Ensembles", ICML 2024 (arXiv 2403.03103); the definition follows Nordenfors
 * and Flinth, "Ensembles provably learn equivariance through data augmentation", arXiv 2410.01452. Ties of
 * the argmax go to the lowest class index ({@link Predictions#argmax(double[])}).
 *
 * <p>For a deep ensemble, pass the <em>mean of the members' logits</em> (e.g.
 * {@link SubEnsembles#meanLogits(double[][][][], java.util.List)}): the ensemble predicts the argmax of the
 * mean logits.
 *
 * <p>Shapes: {@code logits} is {@code double[|G|][N][K]}, indexed {@code [g][n][k]}: {@code g} over the group
 * elements with {@code g = 0} the identity, {@code n} over the inputs, {@code k} over the {@code K} classes;
 * {@code logits[g][n] = f(g·x_n)}.
 */
public final class OrbitSamePrediction {

    private OrbitSamePrediction() {
    }

    /**
     * The OSP count of every input.
     *
     * @param logits {@code [|G|][N][K]}, finite, rectangular, {@code |G|, N, K >= 1}
     * @return {@code [N]}, each a count in {@code 1 … |G|}
     * @throws IllegalArgumentException if the logits are empty, ragged or not finite
     */
    public static int[] counts(double[][][] logits) {
        OrbitArrays.Dims dims = OrbitArrays.check(logits, "logits");
        int[] counts = new int[dims.inputs()];
        for (int n = 0; n < counts.length; n++) {
            int reference = Predictions.argmax(logits[0][n]);
            for (double[][] element : logits) {
                counts[n] += Predictions.argmax(element[n]) == reference ? 1 : 0;
            }
        }
        return counts;
    }

    /**
     * The mean OSP count and the fraction of inputs with the full count {@code |G|}.
     *
     * @param logits {@code [|G|][N][K]}, finite, rectangular, {@code |G|, N, K >= 1}
     * @return the summary over the {@code N} inputs
     * @throws IllegalArgumentException if the logits are empty, ragged or not finite
     */
    public static OspSummary summarize(double[][][] logits) {
        return OspSummary.of(counts(logits), logits.length);
    }

    /**
     * The mean OSP count.
     *
     * @param logits {@code [|G|][N][K]}, finite, rectangular, {@code |G|, N, K >= 1}
     * @return {@code mean_n OSP(f, x_n)}, a count in {@code [1, |G|]}
     * @throws IllegalArgumentException if the logits are empty, ragged or not finite
     */
    public static double mean(double[][][] logits) {
        return summarize(logits).mean();
    }

    /**
     * The fraction of inputs whose prediction is the same on the whole orbit.
     *
     * @param logits {@code [|G|][N][K]}, finite, rectangular, {@code |G|, N, K >= 1}
     * @return the fraction of inputs with {@code OSP = |G|}, in {@code [0, 1]}
     * @throws IllegalArgumentException if the logits are empty, ragged or not finite
     */
    public static double fullOrbitFraction(double[][][] logits) {
        return summarize(logits).fullOrbitFraction();
    }
}
