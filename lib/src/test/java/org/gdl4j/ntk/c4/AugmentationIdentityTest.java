package org.gdl4j.ntk.c4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gdl4j.ntk.GradientFlowPredictor;
import org.gdl4j.ntk.Gram;
import org.gdl4j.ntk.GramMatrices;
import org.gdl4j.ntk.GramOptions;
import org.gdl4j.ntk.ImageSet;
import org.gdl4j.ntk.NngpPosterior;
import org.gdl4j.ntk.NtkFixtures;
import org.gdl4j.ntk.Padding;
import org.gdl4j.ntk.PlanarImage;
import org.gdl4j.ntk.Ridge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data augmentation equals group convolution for the infinite-ensemble mean (Misof, Kessel and Gerken, ICML
 * 2025): kernel regression with the CNN+GAP kernel on the augmented set {@code {(rot^r x_i, y_i)}} (mean loss
 * over its {@code 4N} rows), evaluated at a test input {@code x} without any test-time averaging, equals
 * regression with the GCNN kernel on {@code {(x_i, y_i)}} at every training time, when the augmented ridge
 * {@code λ} corresponds to {@code λ/4} on the group side (both absolute).
 */
class AugmentationIdentityTest {

    private static final double[] TIMES = {0.5, 5, 50, Double.POSITIVE_INFINITY};

    private static GramMatrices augmentedTrain;
    private static GramMatrices augmentedTest;
    private static GramMatrices groupTrain;
    private static GramMatrices groupTest;
    private static double[][] targets;
    private static double[][] augmentedTargets;

    @BeforeAll
    static void computeGrams() {
        Random random = new Random(61);
        List<PlanarImage> train = new ArrayList<>();
        List<PlanarImage> test = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            train.add(NtkFixtures.random(random, 1, 6));
        }
        for (int i = 0; i < 3; i++) {
            test.add(NtkFixtures.random(random, 1, 6));
        }
        ImageSet trainSet = new ImageSet(train);
        ImageSet testSet = new ImageSet(test);
        ImageSet augmented = trainSet.c4Orbits();
        var cnn = NtkFixtures.cnn(2, 3, Padding.SAME);
        var gcnn = NtkFixtures.gcnn(2, 3, Padding.SAME, C4Form.ORBIT);
        GramOptions options = GramOptions.defaults();
        augmentedTrain = Gram.symmetric(cnn, augmented, options);
        augmentedTest = Gram.between(cnn, testSet, augmented, options);
        groupTrain = Gram.symmetric(gcnn, trainSet, options);
        groupTest = Gram.between(gcnn, testSet, trainSet, options);
        targets = new double[6][2];
        augmentedTargets = new double[24][];
        for (int i = 0; i < 6; i++) {
            targets[i] = new double[] {random.nextGaussian(), random.nextGaussian()};
            for (int r = 0; r < 4; r++) {
                augmentedTargets[4 * i + r] = targets[i];
            }
        }
    }

    @Test
    void augmentedCnnRegressionEqualsGroupRegressionAtEveryTime() {
        assertSamePredictions(Ridge.none(), Ridge.none());
    }

    @Test
    void augmentedRidgeLambdaCorrespondsToLambdaOverFourOnTheGroupSide() {
        assertSamePredictions(Ridge.absolute(0.02), Ridge.absolute(0.005));
    }

    @Test
    void augmentedNngpPosteriorMeanEqualsGroupPosteriorMean() {
        double[][] augmented = new NngpPosterior(augmentedTrain.nngp(), augmentedTargets, Ridge.absolute(0.01))
                .mean(augmentedTest.nngp());
        double[][] group = new NngpPosterior(groupTrain.nngp(), targets, Ridge.absolute(0.0025))
                .mean(groupTest.nngp());
        assertClose(group, augmented, "NNGP posterior mean");
    }

    private static void assertSamePredictions(Ridge augmentedRidge, Ridge groupRidge) {
        var augmented = new GradientFlowPredictor(augmentedTrain.ntk(), augmentedTargets, augmentedRidge, 0.8);
        var group = new GradientFlowPredictor(groupTrain.ntk(), targets, groupRidge, 0.8);
        for (double t : TIMES) {
            assertClose(group.predict(groupTest.ntk(), t), augmented.predict(augmentedTest.ntk(), t), "t = " + t);
        }
    }

    private static void assertClose(double[][] expected, double[][] actual, String where) {
        double scale = 0;
        for (double[] row : expected) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int i = 0; i < expected.length; i++) {
            for (int k = 0; k < expected[i].length; k++) {
                assertEquals(expected[i][k], actual[i][k], 1e-9 * scale, where + ", test " + i + ", output " + k);
            }
        }
    }
}
