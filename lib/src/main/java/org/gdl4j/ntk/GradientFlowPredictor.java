package org.gdl4j.ntk;

/**
 * The mean prediction of an infinite ensemble of wide networks trained by gradient flow on the mean squared
 * error, from the NTK (Jacot, Gabriel and Hongler, NeurIPS 2018; neural-tangents'
 * {@code predict.gradient_descent_mse_ensemble}). With {@code n = N·k} targets, learning rate {@code η} and
 * {@code Θ(X, X) + λI = Vᵀ diag(e) V}:
 * <pre>
 * μ_t(x) = Θ(x, X) Vᵀ diag((1 − exp(−η e t / n)) / e) V Y
 * μ_∞(x) = Θ(x, X) (Θ(X, X) + λI)⁻¹ Y
 * </pre>
 * The loss is averaged over the {@code n} target entries, hence {@code η/n}. The decomposition is computed
 * once in the constructor and reused for every time. Eigenvalues at most {@code 1e-12} times the largest
 * count as zero and contribute nothing (a pseudo-inverse at {@code t = ∞}); with a ridge {@code λ > 0} there
 * are none. The mean of the network at initialisation is zero, so no initial term appears.
 *
 * <p>Shapes: training NTK {@code [N][N]}, targets {@code [N][k]}, test–train NTK {@code [M][N]},
 * predictions {@code [M][k]}.
 */
public final class GradientFlowPredictor {

    private final SpectralSolver solver;
    private final double rate;

    /**
     * Decomposes the regularised training NTK.
     *
     * @param trainNtk     {@code Θ(X, X)}, {@code [N][N]}, symmetric
     * @param targets      {@code Y}, {@code [N][k]}
     * @param ridge        the diagonal regulariser
     * @param learningRate {@code η > 0}
     * @throws IllegalArgumentException if the Gram is not square, the targets do not have {@code N} rows, or
     *                                  {@code η} is not positive and finite
     */
    public GradientFlowPredictor(double[][] trainNtk, double[][] targets, Ridge ridge, double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("expected a learning rate > 0 and finite but got " + learningRate);
        }
        this.solver = new SpectralSolver(trainNtk, targets, ridge, "NTK");
        this.rate = learningRate / ((double) solver.size() * solver.outputs());
    }

    /**
     * A predictor with learning rate 1.
     *
     * @param trainNtk {@code Θ(X, X)}, {@code [N][N]}
     * @param targets  {@code Y}, {@code [N][k]}
     * @param ridge    the diagonal regulariser
     * @return the predictor
     */
    public static GradientFlowPredictor of(double[][] trainNtk, double[][] targets, Ridge ridge) {
        return new GradientFlowPredictor(trainNtk, targets, ridge, 1);
    }

    /**
     * The mean prediction after training for time {@code t}.
     *
     * @param testTrainNtk {@code Θ(x, X)}, {@code [M][N]}
     * @param time         {@code t ≥ 0}, or {@link Double#POSITIVE_INFINITY} for the converged prediction
     * @return {@code μ_t}, {@code [M][k]}
     * @throws IllegalArgumentException if {@code t} is negative or NaN, or the test rows do not have
     *                                  {@code N} entries
     */
    public double[][] predict(double[][] testTrainNtk, double time) {
        if (!(time >= 0)) {
            throw new IllegalArgumentException("expected a training time t ≥ 0 (or +∞) but got " + time);
        }
        requireTestRows(testTrainNtk, solver.size(), "test–train NTK");
        double[][] alpha = Double.isInfinite(time)
                ? solver.coefficients((e, negligible) -> negligible ? 0 : 1 / e)
                : solver.coefficients((e, negligible) -> negligible ? 0 : -Math.expm1(-rate * e * time) / e);
        return Matrices.multiply(testTrainNtk, alpha);
    }

    /**
     * The converged mean prediction, {@code t = ∞}.
     *
     * @param testTrainNtk {@code Θ(x, X)}, {@code [M][N]}
     * @return {@code μ_∞}, {@code [M][k]}
     */
    public double[][] predictConverged(double[][] testTrainNtk) {
        return predict(testTrainNtk, Double.POSITIVE_INFINITY);
    }

    static void requireTestRows(double[][] testTrain, int n, String name) {
        int columns = Matrices.columns(testTrain, name);
        if (testTrain.length > 0 && columns != n) {
            throw new IllegalArgumentException("expected " + name + " [M][" + n + "] (one column per training "
                    + "input) but got [" + testTrain.length + "][" + columns + "]");
        }
    }
}
