package org.gdl4j.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.gdl4j.ntk.ImageSet;
import org.gdl4j.ntk.OneHot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Emergent invariance of the infinite ensemble (Gerken and Kessel, ICML 2024): trained on the full C4 orbits,
 * the mean logits {@code μ_t} of the MLP ensemble are invariant at every training time, on test-like images and
 * on uniform noise far from the data; trained on the images as given, they are not.
 *
 * <p><b>Setup.</b> 32 synthetic 8×8 training images in 3 classes ({@link EnsembleFixtures#synthetic}), 12
 * test-like and 12 noise queries; the 2-hidden-layer ReLU MLP NTK; {@code η = 1}, no ridge.
 *
 * <p><b>Times.</b> The augmented training NTK ({@code 128 × 128}) has eigenvalues from about {@code 0.10} to
 * {@code 15}, and the mean loss runs over {@code n = 384} targets, so its modes relax on time scales
 * {@code n/(η e)} from about {@code 26} to {@code 3.8·10³} ({@code 24} to {@code 760} without augmentation).
 * The times {@code 0.1} (early, linear in {@code t}), {@code 10} (fastest modes half-way), {@code 10³} (slow
 * modes half-way), {@code 10⁶} (converged) and {@code ∞} (the pseudo-inverse solve) cover the whole flow.
 *
 * <p><b>Bound.</b> The max relative invariance error of the augmented ensembles is measured at
 * {@code 3·10⁻¹⁵}–{@code 1.3·10⁻¹⁴} (this data is well conditioned); the bound {@code 10⁻⁸} leaves room for
 * worse-conditioned data. Without augmentation the error is {@code 0.29}–{@code 1.7}, so the bound
 * {@code > 0.1} shows that the test can fail.
 */
class InfiniteEnsembleInvarianceTest {

    private static final double INVARIANT = 1e-8;
    private static final double NOT_INVARIANT = 0.1;

    private static EnsembleFixtures.Labelled train;
    private static ImageSet testLike;
    private static ImageSet noise;
    private static InfiniteEnsemble plain;
    private static InfiniteEnsemble augmented;
    private static InfiniteEnsemble groupSummed;

    @BeforeAll
    static void train() {
        Random random = new Random(7);
        train = EnsembleFixtures.synthetic(random, 32);
        testLike = EnsembleFixtures.synthetic(random, 12).images();
        noise = EnsembleFixtures.uniformNoise(random, 12);
        plain = ensemble(OrbitAugmentation.NONE);
        augmented = ensemble(OrbitAugmentation.FULL_C4);
        groupSummed = ensemble(OrbitAugmentation.FULL_C4_GROUP_SUMMED);
    }

    private static InfiniteEnsemble ensemble(OrbitAugmentation augmentation) {
        return new InfiniteEnsemble(EnsembleFixtures.mlp(), train.images(), train.labels(),
                EnsembleFixtures.CLASSES, NtkTraining.of(augmentation), EnsembleFixtures.OPTIONS);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 10, 1e3, 1e6, Double.POSITIVE_INFINITY})
    void augmentedMeanIsInvariantAtEveryTime(double time) {
        for (InfiniteEnsemble ensemble : new InfiniteEnsemble[] {augmented, groupSummed}) {
            for (ImageSet queries : new ImageSet[] {testLike, noise}) {
                double error = EnsembleFixtures.relativeInvarianceError(ensemble.predictRotations(queries, time));
                assertTrue(error <= INVARIANT, ensemble.training().augmentation() + ", t = " + time + ", "
                        + queries + ": relative invariance error " + error);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 10, 1e3, 1e6, Double.POSITIVE_INFINITY})
    void unaugmentedMeanIsNotInvariant(double time) {
        for (ImageSet queries : new ImageSet[] {testLike, noise}) {
            double error = EnsembleFixtures.relativeInvarianceError(plain.predictRotations(queries, time));
            assertTrue(error > NOT_INVARIANT, "t = " + time + ", " + queries + ": relative invariance error "
                    + error);
        }
    }

    @Test
    void meanIsZeroAtInitialisation() {
        for (double[] row : augmented.predict(noise, 0)) {
            for (double value : row) {
                assertEquals(0, value, 0);
            }
        }
    }

    @Test
    void convergedMeanFitsTheCentredOneHotTargetsOnEveryRotation() {
        double[][] targets = OneHot.centred(train.labels(), EnsembleFixtures.CLASSES);
        double[][][] rotated = augmented.predictRotations(train.images(), Double.POSITIVE_INFINITY);
        for (int g = 0; g < 4; g++) {
            double error = EnsembleFixtures.relativeDifference(rotated[g], targets);
            assertTrue(error <= 1e-9, "g = " + g + ": relative error " + error);
        }
        double error = EnsembleFixtures.relativeDifference(
                plain.predict(train.images(), Double.POSITIVE_INFINITY), targets);
        assertTrue(error <= 1e-9, "without augmentation: relative error " + error);
    }
}
