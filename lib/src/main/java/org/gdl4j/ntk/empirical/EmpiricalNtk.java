package org.gdl4j.ntk.empirical;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The empirical neural tangent kernel of one finite network (Jacot, Gabriel and Hongler, "Neural tangent
 * kernel: convergence and generalization in neural networks", NeurIPS 2018):
 * {@code Θ̂(x, x') = Σ_p ∂f(x)/∂θ_p · ∂f(x')/∂θ_p}, the inner product of parameter gradients of the scalar
 * output {@code f} (output 0 of the network). In NTK parameterisation it converges to the analytic NTK as
 * the width grows, with fluctuations of order {@code width^{-1/2}} (Lee et al., "Wide neural networks of any
 * depth evolve as linear models under gradient descent", NeurIPS 2019).
 *
 * <p>Shapes: images {@code [N, C, H, W]}; Jacobian {@code [N, P]}; Gram {@code [N][N]}, float64.
 */
public final class EmpiricalNtk {

    private EmpiricalNtk() {
    }

    /**
     * The empirical NTK Gram matrix {@code Θ̂(X, X) = J Jᵀ} of a network at its current parameters.
     *
     * @param network the finite network
     * @param images  {@code [N, sampleShape…]}
     * @return {@code [N][N]}, symmetric
     */
    public static double[][] gram(FiniteNetwork network, INDArray images) {
        Objects.requireNonNull(network, "network");
        INDArray jacobian = network.jacobian(images);
        double[][] gram = jacobian.mmul(jacobian.transpose()).toDoubleMatrix();
        for (int i = 0; i < gram.length; i++) {
            for (int j = 0; j < i; j++) {
                double mean = 0.5 * (gram[i][j] + gram[j][i]);
                gram[i][j] = mean;
                gram[j][i] = mean;
            }
        }
        return gram;
    }

    /**
     * The empirical NTK Gram matrix of one network of an architecture.
     *
     * @param architecture the architecture
     * @param images       {@code [N, channels, H, W]}
     * @param seed         the seed of the parameter draw
     * @return {@code [N][N]}
     */
    public static double[][] gram(MatchedArchitecture architecture, INDArray images, long seed) {
        return gram(FiniteNetwork.of(architecture, seed, (int) images.size(2), (int) images.size(3)), images);
    }

    /**
     * The relative Frobenius distance {@code ‖A − B‖_F / ‖B‖_F}.
     *
     * @param estimate  {@code A}, {@code [N][N]}
     * @param reference {@code B}, {@code [N][N]}, not all zero
     * @return the relative error
     * @throws IllegalArgumentException if the shapes differ
     */
    public static double relativeError(double[][] estimate, double[][] reference) {
        if (estimate.length != reference.length) {
            throw new IllegalArgumentException("expected matrices of one shape but got " + estimate.length
                    + " and " + reference.length + " rows");
        }
        double difference = 0;
        double norm = 0;
        for (int i = 0; i < reference.length; i++) {
            if (estimate[i].length != reference[i].length) {
                throw new IllegalArgumentException("expected matrices of one shape but row " + i + " has "
                        + estimate[i].length + " and " + reference[i].length + " columns");
            }
            for (int j = 0; j < reference[i].length; j++) {
                double d = estimate[i][j] - reference[i][j];
                difference += d * d;
                norm += reference[i][j] * reference[i][j];
            }
        }
        return Math.sqrt(difference / norm);
    }
}
