package org.gdl4j.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gdl4j.ntk.ImageSet;
import org.gdl4j.ntk.PlanarImage;
import org.gdl4j.ntk.Ridge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input is rejected with an {@link IllegalArgumentException} whose message names what was expected; asking
 * for several times at once changes nothing but the cost.
 */
class InfiniteEnsembleValidationTest {

    private static final Random RANDOM = new Random(3);
    private static final EnsembleFixtures.Labelled TRAIN = EnsembleFixtures.synthetic(RANDOM, 4);

    private static InfiniteEnsemble ensemble(ImageSet images, int[] labels, int classes,
            OrbitAugmentation augmentation) {
        return new InfiniteEnsemble(EnsembleFixtures.mlp(), images, labels, classes, NtkTraining.of(augmentation),
                EnsembleFixtures.OPTIONS);
    }

    private static ImageSet rectangular(int count) {
        double[] values = new double[4 * 6];
        return new ImageSet(Collections.nCopies(count, new PlanarImage(1, 4, 6, values)));
    }

    private static void assertRejected(Executable call, String fragment) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, call);
        assertTrue(error.getMessage().contains(fragment), error.getMessage());
    }

    @Test
    void badTrainingDataIsRejectedNamingWhatWasExpected() {
        ImageSet images = TRAIN.images();
        assertRejected(() -> new ImageSet(List.of()), "at least one image");
        assertRejected(() -> ensemble(images, new int[3], 3, OrbitAugmentation.NONE),
                "one label per training image (4) but got 3");
        assertRejected(() -> ensemble(images, new int[] {0, 1, 3, 0}, 3, OrbitAugmentation.NONE),
                "labels in 0..2 but label 2 is 3");
        assertRejected(() -> ensemble(images, new int[] {0, -1, 0, 0}, 3, OrbitAugmentation.FULL_C4),
                "label 1 is -1");
        assertRejected(() -> ensemble(images, new int[4], 1, OrbitAugmentation.NONE), "at least 2 classes");
        for (OrbitAugmentation augmentation : new OrbitAugmentation[] {
            OrbitAugmentation.FULL_C4, OrbitAugmentation.FULL_C4_GROUP_SUMMED}) {
            String expected = "square images [C, H, H] to augment them with C4 orbits (" + augmentation + ")";
            assertRejected(() -> ensemble(rectangular(2), new int[2], 2, augmentation), expected + " but got [1, 4, 6]");
        }
    }

    @Test
    void badQueriesAndTimesAreRejectedNamingWhatWasExpected() {
        InfiniteEnsemble ensemble = ensemble(TRAIN.images(), TRAIN.labels(), 3, OrbitAugmentation.FULL_C4);
        ImageSet queries = EnsembleFixtures.uniformNoise(RANDOM, 2);
        assertRejected(() -> ensemble.predict(queries, -1), "t ≥ 0 (or +∞) but got -1");
        assertRejected(() -> ensemble.predict(queries, Double.NaN), "but got NaN");
        assertRejected(() -> ensemble.predictRotations(queries, Double.NEGATIVE_INFINITY), "-Infinity");
        assertRejected(() -> ensemble.predictAt(queries, new double[0]), "at least one training time");
        assertRejected(() -> ensemble.predictRotationsAt(queries, new double[] {1, -2}), "but got -2");
        ImageSet small = new ImageSet(List.of(new PlanarImage(1, 6, 6, new double[36])));
        assertRejected(() -> ensemble.predict(small, 1), "training shape [1, 8, 8] but got [1, 6, 6]");
        InfiniteEnsemble plainRectangular = ensemble(rectangular(2), new int[] {0, 1}, 2, OrbitAugmentation.NONE);
        assertRejected(() -> plainRectangular.predictRotations(rectangular(1), 1),
                "square images [C, H, H] to rotate the queries by 90° but got [1, 4, 6]");
    }

    @Test
    void predictionsAtSeveralTimesEqualOneCallPerTime() {
        InfiniteEnsemble ensemble = ensemble(TRAIN.images(), TRAIN.labels(), 3, OrbitAugmentation.FULL_C4);
        ImageSet queries = EnsembleFixtures.uniformNoise(RANDOM, 3);
        double[] times = {0, 3, Double.POSITIVE_INFINITY};
        double[][][] atTimes = ensemble.predictAt(queries, times);
        double[][][][] rotatedAtTimes = ensemble.predictRotationsAt(queries, times);
        for (int i = 0; i < times.length; i++) {
            assertArrayEquals(ensemble.predict(queries, times[i]), atTimes[i]);
            double[][][] rotated = ensemble.predictRotations(queries, times[i]);
            for (int g = 0; g < rotated.length; g++) {
                assertArrayEquals(rotated[g], rotatedAtTimes[i][g]);
            }
        }
    }

    @Test
    void badTrainingSettingsAreRejectedNamingWhatWasExpected() {
        assertRejected(() -> new NtkTraining(OrbitAugmentation.NONE, 0, Ridge.none()), "η > 0 and finite but got 0");
        assertRejected(() -> new NtkTraining(OrbitAugmentation.NONE, Double.POSITIVE_INFINITY, Ridge.none()),
                "Infinity");
        assertRejected(() -> GroupSummedKernel.mean(EnsembleFixtures.mlp(), rectangular(1), rectangular(1),
                EnsembleFixtures.OPTIONS), "square images [C, H, H] to sum a kernel over C4 rotations");
    }
}
