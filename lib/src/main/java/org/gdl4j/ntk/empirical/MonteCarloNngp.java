package org.gdl4j.ntk.empirical;

import java.util.Objects;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The NNGP of a finite architecture by Monte Carlo: the output covariance
 * {@code K̂(x, x') = (1/M) Σ_m f(x; θ_m) f(x'; θ_m)} over {@code M} independent initialisations, with its
 * standard error. The outputs have mean zero (the read-out weights are centred), so this second moment is
 * the covariance. It converges to the analytic NNGP as {@code M → ∞} and the width grows (Novak et al. 2020,
 * Lee et al. 2019).
 *
 * <p>For one hidden layer the estimate is unbiased at every width: the first layer's pre-activations are
 * exactly Gaussian, and the read-out averages their ReLU features linearly. From two hidden layers on, the
 * next layer's covariance is a random average over the finite width, and the ReLU map is not linear in it,
 * so the finite network's covariance differs from the analytic one by {@code O(1/width)}.
 *
 * <p>Shapes: images {@code [N, C, H, W]}; estimate {@code [N][N]}.
 */
public final class MonteCarloNngp {

    private MonteCarloNngp() {
    }

    /**
     * The seeds of {@code M} networks, derived from one seed.
     *
     * @param seed    the master seed
     * @param members {@code M}
     * @return {@code M} seeds, the first {@code M} values of a {@link SplittableRandom} seeded with {@code seed}
     */
    public static long[] memberSeeds(long seed, int members) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] seeds = new long[members];
        for (int m = 0; m < members; m++) {
            seeds[m] = random.nextLong();
        }
        return seeds;
    }

    /**
     * Estimates the NNGP Gram matrix of an architecture's finite networks on a set of images.
     *
     * @param architecture the architecture (its {@link MatchedArchitecture#finite()} network)
     * @param images       {@code [N, channels, H, W]}
     * @param members      {@code M ≥ 2} networks
     * @param seed         the master seed of {@link #memberSeeds}
     * @return the mean of {@code f(x_i) f(x_j)} and its standard error, {@code [N][N]}
     * @throws IllegalArgumentException if {@code M < 2} or the images do not fit the architecture
     */
    public static KernelEstimate estimate(MatchedArchitecture architecture, INDArray images, int members, long seed) {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(images, "images");
        if (members < 2) {
            throw new IllegalArgumentException("expected at least 2 networks but got " + members);
        }
        if (images.rank() != 4) {
            throw new IllegalArgumentException("expected images [N, C, H, W] but got rank " + images.rank());
        }
        long[] seeds = memberSeeds(seed, members);
        FiniteNetwork network = FiniteNetwork.of(architecture, seeds[0], (int) images.size(2), (int) images.size(3));
        int n = (int) images.size(0);
        double[][] sum = new double[n][n];
        double[][] squares = new double[n][n];
        for (int m = 0; m < members; m++) {
            double[] f = (m == 0 ? network : network.redraw(seeds[m])).outputs(images);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double product = f[i] * f[j];
                    sum[i][j] += product;
                    squares[i][j] += product * product;
                }
            }
        }
        return KernelEstimate.fromSums(sum, squares, members);
    }
}
