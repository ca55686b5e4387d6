package org.gdl4j.counterfactual;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.gdl4j.flow.Flow;
import org.gdl4j.flow.Quantization;
import org.gdl4j.nn.Model;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Quantitative measures of counterfactuals (Dombrowski et al., IEEE TPAMI; Van Looveren and Klaise,
 * arXiv 1907.02584). None is sufficient alone (Hvilshøj et al., arXiv 2111.00177): report them together with
 * the distance to the original, and remember that aggregates over successful searches are biased when the
 * success rate is low.
 *
 * <p>Shapes: image batches {@code [N, C, H, W]}; per-image values {@code [N]} as {@code double[]}.
 */
public final class CounterfactualMetrics {

    private CounterfactualMetrics() {
    }

    /**
     * Success rate: the fraction of searches with {@code p_t > τ} within the budget.
     *
     * @param results at least one
     * @return in {@code [0, 1]}
     */
    public static double successRate(List<Counterfactual> results) {
        requireNonEmpty(results);
        return results.stream().filter(Counterfactual::found).count() / (double) results.size();
    }

    /**
     * The median number of steps of the successful searches (mean of the middle two for an even count).
     *
     * @param results at least one successful
     * @return the median
     * @throws IllegalArgumentException if no search succeeded
     */
    public static double medianSteps(List<Counterfactual> results) {
        requireNonEmpty(results);
        double[] steps = results.stream().filter(Counterfactual::found).mapToDouble(Counterfactual::steps).toArray();
        if (steps.length == 0) {
            throw new IllegalArgumentException("expected at least one successful search but none succeeded");
        }
        return median(steps);
    }

    /**
     * L1 distances {@code ‖x' − x‖₁} per image. Small is not better by itself: semantic edits are larger
     * than adversarial ones.
     *
     * @param counterfactuals {@code x'}
     * @param originals {@code x}, same shape
     * @return one distance per image
     */
    public static double[] l1Distances(INDArray counterfactuals, INDArray originals) {
        INDArray change = Differences.change(counterfactuals, originals);
        return Transforms.abs(change, false).reshape(change.size(0), -1).sum(1).castTo(DataType.DOUBLE)
                .toDoubleVector();
    }

    /**
     * L2 distances {@code ‖x' − x‖₂} per image (same caveat as {@link #l1Distances}).
     *
     * @param counterfactuals {@code x'}
     * @param originals {@code x}, same shape
     * @return one distance per image
     */
    public static double[] l2Distances(INDArray counterfactuals, INDArray originals) {
        INDArray change = Differences.change(counterfactuals, originals);
        return change.reshape(change.size(0), -1).norm2(1).castTo(DataType.DOUBLE).toDoubleVector();
    }

    /**
     * Bits per dimension of counterfactuals under a fixed flow, after dequantisation to cell midpoints. One-sided:
     * it catches off-manifold noise (pixel attacks score several bits higher than data) but blurry images score
     * better than real data.
     *
     * @param flow the scoring flow, trained on the data
     * @param counterfactuals {@code x'} in {@code [0, 1]}
     * @param quantization the data's bit depth
     * @return one value per image
     */
    public static double[] bitsPerDimension(Flow flow, INDArray counterfactuals, Quantization quantization) {
        Objects.requireNonNull(flow, "flow");
        return flow.bitsPerDimension(quantization.midpoint(counterfactuals), quantization).toDoubleVector();
    }

    /**
     * IM1 of Van Looveren and Klaise: {@code ‖x' − AE_t(x')‖² / (‖x' − AE_o(x')‖² + ε)} per image, with
     * autoencoders trained on the target class only and on the original class only. Below 1 the target-class
     * autoencoder explains {@code x'} better. Caveats: it rewards blur, and its values depend on the
     * autoencoders' architecture, so compare methods under the same autoencoders only.
     *
     * @param counterfactuals {@code x'}
     * @param targetAutoencoder {@code AE_t}, images to reconstructions of the same shape
     * @param originalAutoencoder {@code AE_o}
     * @param epsilon {@code ε ≥ 0}
     * @return one value per image
     */
    public static double[] im1(INDArray counterfactuals, UnaryOperator<INDArray> targetAutoencoder,
                               UnaryOperator<INDArray> originalAutoencoder, double epsilon) {
        if (!(epsilon >= 0)) {
            throw new IllegalArgumentException("expected ε ≥ 0 but got " + epsilon);
        }
        double[] target = squaredErrors(counterfactuals, targetAutoencoder.apply(counterfactuals));
        double[] original = squaredErrors(counterfactuals, originalAutoencoder.apply(counterfactuals));
        double[] im1 = new double[target.length];
        for (int i = 0; i < im1.length; i++) {
            im1[i] = target[i] / (original[i] + epsilon);
        }
        return im1;
    }

    /**
     * Oracle agreement: the fraction of counterfactuals that an independently trained classifier (another
     * architecture and seed) assigns to their target. Adversarial examples transfer in part, so compare methods
     * relative to each other.
     *
     * @param oracle the independent classifier
     * @param counterfactuals {@code x'}
     * @param targets the target of each image
     * @return in {@code [0, 1]}
     */
    public static double oracleAgreement(Model oracle, INDArray counterfactuals, int[] targets) {
        INDArray predicted = oracle.output(counterfactuals).argMax(1);
        if (targets.length != predicted.length() || targets.length == 0) {
            throw new IllegalArgumentException("expected one target per image (" + predicted.length() + ") but got "
                    + targets.length);
        }
        int agree = 0;
        for (int i = 0; i < targets.length; i++) {
            agree += predicted.getInt(i) == targets[i] ? 1 : 0;
        }
        return agree / (double) targets.length;
    }

    /** @return the median of values (sorted copy) */
    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
    }

    private static double[] squaredErrors(INDArray images, INDArray reconstructions) {
        INDArray change = Differences.change(reconstructions, images);
        return change.mul(change).reshape(change.size(0), -1).sum(1).castTo(DataType.DOUBLE).toDoubleVector();
    }

    private static void requireNonEmpty(List<Counterfactual> results) {
        if (Objects.requireNonNull(results, "results").isEmpty()) {
            throw new IllegalArgumentException("expected at least one search result but got none");
        }
    }
}
