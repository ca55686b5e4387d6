package org.gdl4j.ensemble;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gdl4j.ntk.GradientFlowPredictor;
import org.gdl4j.ntk.ImageSet;
import org.gdl4j.ntk.KernelLayer;
import org.gdl4j.ntk.OneHot;
import org.gdl4j.ntk.PlanarImage;
import org.gdl4j.ntk.Ridge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The augmented infinite ensemble is kernel flow with the orbit-mean kernel {@code (1/4) Σ_h θ(x, h·x')} on the
 * original images (see {@link GroupSummedKernel}), under the mean loss, with a ridge {@code λ} on the augmented
 * Gram becoming {@code λ/4}; the summed kernel under the mean-loss rate runs the flow four times too fast.
 *
 * <p>Setup: 24 synthetic 8×8 training images in 3 classes, 8 test-like and 8 noise queries, the reference MLP,
 * {@code η = 0.5}. Times as in {@link InfiniteEnsembleInvarianceTest}. The identity holds to about
 * {@code 10⁻¹⁴} here; the bound is {@code 10⁻⁷}.
 */
class GroupSummedIdentityTest {

    private static final double SAME = 1e-7;
    private static final double DIFFERENT = 1e-3;
    private static final double ETA = 0.5;
    private static final double[] TIMES = {0.1, 10, 1e3, Double.POSITIVE_INFINITY};

    private static final KernelLayer MLP = EnsembleFixtures.mlp();
    private static EnsembleFixtures.Labelled train;
    private static ImageSet queries;
    private static InfiniteEnsemble augmented;

    @BeforeAll
    static void train() {
        Random random = new Random(5);
        train = EnsembleFixtures.synthetic(random, 24);
        List<PlanarImage> list = new ArrayList<>(EnsembleFixtures.synthetic(random, 8).images().images());
        list.addAll(EnsembleFixtures.uniformNoise(random, 8).images());
        queries = new ImageSet(list);
        augmented = ensemble(OrbitAugmentation.FULL_C4, Ridge.none());
    }

    private static InfiniteEnsemble ensemble(OrbitAugmentation augmentation, Ridge ridge) {
        return new InfiniteEnsemble(MLP, train.images(), train.labels(), EnsembleFixtures.CLASSES,
                new NtkTraining(augmentation, ETA, ridge), EnsembleFixtures.OPTIONS);
    }

    /** Gradient flow under the mean loss over the {@code N·k} original targets with the given Gram. */
    private static GradientFlowPredictor flow(double[][] trainGram, double learningRate) {
        double[][] targets = OneHot.centred(train.labels(), EnsembleFixtures.CLASSES);
        return new GradientFlowPredictor(trainGram, targets, Ridge.none(), learningRate);
    }

    private static void assertRelative(double[][] expected, double[][] actual, boolean same, String where) {
        double difference = EnsembleFixtures.relativeDifference(actual, expected);
        assertTrue(same ? difference <= SAME : difference > DIFFERENT, where + ": relative difference "
                + difference);
    }

    @Test
    void augmentedMeanEqualsMeanKernelFlowOnTheOriginalImages() {
        GradientFlowPredictor mean = flow(GroupSummedKernel.mean(MLP, train.images(), train.images(),
                EnsembleFixtures.OPTIONS).ntk(), ETA);
        double[][] queryGram = GroupSummedKernel.mean(MLP, queries, train.images(), EnsembleFixtures.OPTIONS).ntk();
        for (double t : TIMES) {
            assertRelative(augmented.predict(queries, t), mean.predict(queryGram, t), true, "t = " + t);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1e-2})
    void groupSummedStrategyMatchesExplicitOrbitsWithEitherRidge(double amount) {
        for (Ridge ridge : new Ridge[] {Ridge.absolute(amount), Ridge.relative(amount)}) {
            InfiniteEnsemble orbits = ensemble(OrbitAugmentation.FULL_C4, ridge);
            InfiniteEnsemble summed = ensemble(OrbitAugmentation.FULL_C4_GROUP_SUMMED, ridge);
            for (double t : TIMES) {
                assertRelative(orbits.predict(queries, t), summed.predict(queries, t), true, ridge + ", t = " + t);
            }
        }
    }

    @Test
    void summedKernelWithTheMeanLossRateRunsFourTimesTooFast() {
        double[][] summedGram = GroupSummedKernel.summed(MLP, train.images(), train.images(),
                EnsembleFixtures.OPTIONS).ntk();
        double[][] queryGram = GroupSummedKernel.summed(MLP, queries, train.images(), EnsembleFixtures.OPTIONS)
                .ntk();
        GradientFlowPredictor mixed = flow(summedGram, ETA);
        GradientFlowPredictor rescaled = flow(summedGram, ETA / GroupSummedKernel.C4_ORDER);
        for (double t : new double[] {0.1, 10, 100}) {
            assertRelative(augmented.predict(queries, t), mixed.predict(queryGram, t), false, "mixed, t = " + t);
            assertRelative(augmented.predict(queries, 4 * t), mixed.predict(queryGram, t), true,
                    "mixed against augmented at 4t, t = " + t);
            assertRelative(augmented.predict(queries, t), rescaled.predict(queryGram, t), true, "η/4, t = " + t);
        }
        double infinity = Double.POSITIVE_INFINITY;
        assertRelative(augmented.predict(queries, infinity), mixed.predict(queryGram, infinity), true, "t = ∞");
    }
}
