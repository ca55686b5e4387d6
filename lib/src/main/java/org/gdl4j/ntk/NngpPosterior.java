package org.gdl4j.ntk;

/**
 * The Gaussian-process posterior of an infinitely wide Bayesian network with the NNGP kernel {@code K}
 * (exact Bayesian inference, the {@code 'nngp'} output of neural-tangents at {@code t = ∞}):
 * <pre>
 * mean      μ(x)  = K(x, X) (K(X, X) + λI)⁻¹ Y
 * variance  σ²(x) = K(x, x) − K(x, X) (K(X, X) + λI)⁻¹ K(X, x)
 * </pre>
 * Eigenvalues at most {@code 1e-12} times the largest are dropped (a pseudo-inverse). The variance is per
 * output, the same for each of the {@code k} outputs.
 *
 * <p>Shapes: training NNGP {@code [N][N]}, targets {@code [N][k]}, test–train NNGP {@code [M][N]},
 * test self-kernels {@code [M]}; mean {@code [M][k]}, variance {@code [M]}.
 */
public final class NngpPosterior {

    private final SpectralSolver solver;
    private final double[][] weights;

    /**
     * Decomposes the regularised training NNGP.
     *
     * @param trainNngp {@code K(X, X)}, {@code [N][N]}, symmetric
     * @param targets   {@code Y}, {@code [N][k]}
     * @param ridge     the diagonal regulariser, also the observation noise variance
     * @throws IllegalArgumentException if the Gram is not square or the targets do not have {@code N} rows
     */
    public NngpPosterior(double[][] trainNngp, double[][] targets, Ridge ridge) {
        this.solver = new SpectralSolver(trainNngp, targets, ridge, "NNGP");
        this.weights = solver.coefficients((e, negligible) -> negligible ? 0 : 1 / e);
    }

    /**
     * The posterior mean.
     *
     * @param testTrainNngp {@code K(x, X)}, {@code [M][N]}
     * @return {@code μ}, {@code [M][k]}
     * @throws IllegalArgumentException if the test rows do not have {@code N} entries
     */
    public double[][] mean(double[][] testTrainNngp) {
        GradientFlowPredictor.requireTestRows(testTrainNngp, solver.size(), "test–train NNGP");
        return Matrices.multiply(testTrainNngp, weights);
    }

    /**
     * The posterior variance of each test input.
     *
     * @param testTrainNngp {@code K(x, X)}, {@code [M][N]}
     * @param testSelf      {@code K(x, x)}, {@code [M]}
     * @return {@code σ²}, {@code [M]}
     * @throws IllegalArgumentException if the shapes do not fit
     */
    public double[] variance(double[][] testTrainNngp, double[] testSelf) {
        GradientFlowPredictor.requireTestRows(testTrainNngp, solver.size(), "test–train NNGP");
        if (testSelf.length != testTrainNngp.length) {
            throw new IllegalArgumentException("expected " + testTrainNngp.length + " test self-kernels (one per "
                    + "test row) but got " + testSelf.length);
        }
        double[] out = new double[testSelf.length];
        for (int m = 0; m < out.length; m++) {
            out[m] = testSelf[m] - solver.quadraticForm(testTrainNngp[m]);
        }
        return out;
    }
}
