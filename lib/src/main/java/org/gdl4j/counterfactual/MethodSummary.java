package org.gdl4j.counterfactual;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * One method's row of a {@link CounterfactualSummary}. The success rate is over all searches; every other
 * aggregate is over the <em>successful</em> searches only (those with {@link Counterfactual#found()}), as in
 * Dombrowski et al. (IEEE TPAMI), and is NaN when none succeeded. A low success rate biases them: a method that
 * succeeds only on easy images looks better than it is.
 *
 * @param method the method's name, e.g. "pixel", "flow latent", "VAE latent", "untrained flow"
 * @param searches {@code N}, the number of searches
 * @param successRate the fraction of all {@code N} searches that reached the threshold, in {@code [0, 1]}
 * @param medianStepsOfSuccessful the median number of steps of the successful searches
 * @param meanL2OfSuccessful the mean of {@code ‖x' − x‖₂} (to the original, not its reconstruction) over the
 *                           successful searches
 * @param meanBitsPerDimensionOfSuccessful the mean of the reference flow's bits per dimension of {@code x'}
 *                                         ({@link CounterfactualMetrics#bitsPerDimension}) over the successful
 *                                         searches
 * @param meanIm1OfSuccessful the mean of IM1 ({@link ClassConditionalAutoencoders#im1}, target class against
 *                            original class) over the successful searches; IM1 ratios are skewed, so the median
 *                            (as in the reproduction of the brief) can differ
 * @param oracleAgreementOfSuccessful the fraction of the successful searches whose {@code x'} the oracle assigns
 *                                    to the target
 */
public record MethodSummary(String method, int searches, double successRate, double medianStepsOfSuccessful,
                            double meanL2OfSuccessful, double meanBitsPerDimensionOfSuccessful,
                            double meanIm1OfSuccessful, double oracleAgreementOfSuccessful) {

    /** Checks the name, the count and the success rate. */
    public MethodSummary {
        if (Objects.requireNonNull(method, "method").isBlank()) {
            throw new IllegalArgumentException("expected a method name but got a blank one");
        }
        if (searches < 1 || !(successRate >= 0 && successRate <= 1)) {
            throw new IllegalArgumentException("expected at least one search and a success rate in [0, 1] but got "
                    + searches + " and " + successRate);
        }
    }

    /**
     * Scores one method's searches.
     *
     * @param method the method's name
     * @param results one search per original, in order, at least one
     * @param originals {@code x}, {@code [N, C, H, W]} in {@code [0, 1]}
     * @param originalClasses the class each search leaves (the classifier's prediction on {@code x}), {@code N}
     * @param providers the scoring flow, autoencoders and oracle
     * @return the row
     * @throws IllegalArgumentException if the counts of results, originals and classes differ
     */
    public static MethodSummary of(String method, List<Counterfactual> results, INDArray originals,
                                   int[] originalClasses, MetricProviders providers) {
        Objects.requireNonNull(providers, "providers");
        requireCounts(results, originals, originalClasses);
        double successRate = CounterfactualMetrics.successRate(results);
        int[] found = IntStream.range(0, results.size()).filter(i -> results.get(i).found()).toArray();
        if (found.length == 0) {
            return new MethodSummary(method, results.size(), successRate, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN);
        }
        INDArray images = Nd4j.stack(0, IntStream.of(found).mapToObj(i -> results.get(i).image())
                .toArray(INDArray[]::new));
        INDArray x = Nd4j.stack(0, IntStream.of(found).mapToObj(i -> originals.get(NDArrayIndex.point(i)))
                .toArray(INDArray[]::new));
        int[] targets = IntStream.of(found).map(i -> results.get(i).target()).toArray();
        int[] left = IntStream.of(found).map(i -> originalClasses[i]).toArray();
        return new MethodSummary(method, results.size(), successRate, CounterfactualMetrics.medianSteps(results),
                mean(CounterfactualMetrics.l2Distances(images, x.castTo(images.dataType()))),
                mean(CounterfactualMetrics.bitsPerDimension(providers.referenceFlow(), images,
                        providers.quantization())),
                mean(providers.autoencoders().im1(images, targets, left, providers.im1Epsilon())),
                CounterfactualMetrics.oracleAgreement(providers.oracle(), images, targets));
    }

    private static void requireCounts(List<Counterfactual> results, INDArray originals, int[] originalClasses) {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(originals, "originals");
        Objects.requireNonNull(originalClasses, "originalClasses");
        if (results.isEmpty() || originals.size(0) != results.size() || originalClasses.length != results.size()) {
            throw new IllegalArgumentException("expected one original image and one original class per search ("
                    + results.size() + ", at least one) but got " + originals.size(0) + " images and "
                    + originalClasses.length + " classes");
        }
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElse(Double.NaN);
    }

    /** @return the cells of this row, in the order of {@link CounterfactualSummary#columnNames()} */
    List<Object> cells() {
        return List.of(method, searches, successRate, medianStepsOfSuccessful, meanL2OfSuccessful,
                meanBitsPerDimensionOfSuccessful, meanIm1OfSuccessful, oracleAgreementOfSuccessful);
    }
}
