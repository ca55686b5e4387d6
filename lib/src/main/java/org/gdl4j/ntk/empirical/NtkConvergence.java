package org.gdl4j.ntk.empirical;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How the empirical NTK of finite networks approaches the analytic NTK as the width grows: for each width,
 * the mean over a few initialisations of the relative Frobenius error
 * {@code ‖Θ̂(X, X) − Θ(X, X)‖_F / ‖Θ(X, X)‖_F}, and a log-log fit of error against width. The fluctuation of
 * {@code Θ̂} around its mean is of order {@code width^{-1/2}} and its bias of order {@code width^{-1}}, so the
 * slope should be near {@code −1/2} (steeper while the bias still matters).
 *
 * <p>Shapes: {@code widths}, {@code errors} and {@code errorSpread} of length {@code W}.
 *
 * @param widths      the widths (channels for a CNN, fields for C4)
 * @param errors      the mean relative error at each width
 * @param errorSpread the sample standard deviation of the relative error over the initialisations
 * @param fit         the log-log fit of {@code errors} against {@code widths}
 */
public record NtkConvergence(int[] widths, double[] errors, double[] errorSpread, LogLogFit fit) {

    /**
     * Validates and copies the arrays.
     *
     * @param widths      the widths
     * @param errors      the mean relative errors
     * @param errorSpread their standard deviations
     * @param fit         the log-log fit
     * @throws IllegalArgumentException if the lengths differ
     */
    public NtkConvergence {
        widths = widths.clone();
        errors = errors.clone();
        errorSpread = errorSpread.clone();
        Objects.requireNonNull(fit, "fit");
        if (widths.length != errors.length || widths.length != errorSpread.length) {
            throw new IllegalArgumentException("expected one error per width but got " + widths.length + " widths, "
                    + errors.length + " errors and " + errorSpread.length + " spreads");
        }
    }

    /**
     * Measures the convergence.
     *
     * @param architecture the architecture; its width is replaced by each of {@code widths}
     * @param images       {@code [N, channels, H, W]}, {@code N ≥ 1}
     * @param widths       at least two distinct widths
     * @param initializations networks per width, {@code ≥ 2}
     * @param seed         the master seed; network {@code s} of every width uses the same seed
     * @return the errors and their fit
     */
    public static NtkConvergence measure(MatchedArchitecture architecture, INDArray images, int[] widths,
                                         int initializations, long seed) {
        if (initializations < 2) {
            throw new IllegalArgumentException("expected at least 2 networks per width but got " + initializations);
        }
        double[][] analytic = architecture.analyticGram(images).ntk();
        long[] seeds = MonteCarloNngp.memberSeeds(seed, initializations);
        double[] mean = new double[widths.length];
        double[] spread = new double[widths.length];
        for (int w = 0; w < widths.length; w++) {
            FiniteNetwork network = FiniteNetwork.of(architecture.withWidth(widths[w]), seeds[0],
                    (int) images.size(2), (int) images.size(3));
            double[] errors = new double[initializations];
            for (int s = 0; s < initializations; s++) {
                network.redraw(seeds[s]);
                errors[s] = EmpiricalNtk.relativeError(EmpiricalNtk.gram(network, images), analytic);
            }
            double average = Arrays.stream(errors).average().orElseThrow();
            mean[w] = average;
            spread[w] = Math.sqrt(Arrays.stream(errors).map(e -> (e - average) * (e - average)).sum()
                    / (initializations - 1));
        }
        double[] x = Arrays.stream(widths).asDoubleStream().toArray();
        return new NtkConvergence(widths, mean, spread, LogLogFit.of(x, mean));
    }

    @Override
    public int[] widths() {
        return widths.clone();
    }

    @Override
    public double[] errors() {
        return errors.clone();
    }

    @Override
    public double[] errorSpread() {
        return errorSpread.clone();
    }

    @Override
    public String toString() {
        StringBuilder table = new StringBuilder("width  relative NTK error (± sd)\n");
        for (int w = 0; w < widths.length; w++) {
            table.append(String.format("%5d  %.4f (± %.4f)%n", widths[w], errors[w], errorSpread[w]));
        }
        return table.append(String.format("log-log slope %.3f", fit.slope())).toString();
    }
}
