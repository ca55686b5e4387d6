package org.gdl4j.ntk.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gdl4j.ntk.GradientFlowPredictor;
import org.gdl4j.ntk.Gram;
import org.gdl4j.ntk.GramMatrices;
import org.gdl4j.ntk.GramOptions;
import org.gdl4j.ntk.ImageSet;
import org.gdl4j.ntk.KernelLayer;
import org.gdl4j.ntk.NtkFixtures;
import org.gdl4j.ntk.OneHot;
import org.gdl4j.ntk.Padding;
import org.gdl4j.ntk.PlanarImage;
import org.gdl4j.ntk.Ridge;
import org.gdl4j.ntk.c4.C4Form;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KernelPoolTest {

    private static final int CLASSES = 3;
    private static ImageSet train;
    private static ImageSet test;
    private static int[] trainLabels;
    private static int[] testLabels;
    private static KernelLayer cnn;
    private static KernelLayer gcnn;
    private static KernelPool cnnPool;
    private static KernelPool groupPool;

    @BeforeAll
    static void computePools() {
        Random random = new Random(2025);
        List<PlanarImage> a = new ArrayList<>();
        List<PlanarImage> b = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            a.add(NtkFixtures.random(random, 1, 5));
        }
        for (int i = 0; i < 4; i++) {
            b.add(NtkFixtures.random(random, 1, 5));
        }
        train = new ImageSet(a);
        test = new ImageSet(b);
        trainLabels = random.ints(10, 0, CLASSES).toArray();
        testLabels = random.ints(4, 0, CLASSES).toArray();
        cnn = NtkFixtures.cnn(2, 3, Padding.SAME);
        gcnn = NtkFixtures.gcnn(2, 3, Padding.SAME, C4Form.ORBIT);
        cnnPool = KernelPool.compute(cnn, train, trainLabels, test, testLabels, CLASSES, GramOptions.defaults());
        groupPool = KernelPool.compute(gcnn, train, trainLabels, test, testLabels, CLASSES, GramOptions.defaults());
    }

    private static ImageSet select(ImageSet set, int[] indices) {
        List<PlanarImage> out = new ArrayList<>();
        for (int i : indices) {
            out.add(set.get(i));
        }
        return new ImageSet(out);
    }

    @Test
    void subBlocksEqualTheGramsOfTheSubset() {
        int[] subset = {1, 4, 7, 8};
        GramMatrices direct = Gram.symmetric(cnn, select(train, subset), GramOptions.defaults());
        GramMatrices directTest = Gram.between(cnn, test, select(train, subset), GramOptions.defaults());
        double[][] block = cnnPool.trainBlock(subset, KernelMethod.NTK);
        double[][] nngp = cnnPool.trainBlock(subset, KernelMethod.NNGP);
        double[][] testBlock = cnnPool.testBlock(subset, KernelMethod.NTK);
        for (int i = 0; i < subset.length; i++) {
            assertArrayEquals(direct.ntk()[i], block[i], 1e-15);
            assertArrayEquals(direct.nngp()[i], nngp[i], 1e-15);
        }
        for (int m = 0; m < test.size(); m++) {
            assertArrayEquals(directTest.ntk()[m], testBlock[m], 1e-15);
        }
    }

    @Test
    void predictionsAreTheKernelRegressionOfTheSubset() {
        int[] subset = {0, 2, 3, 5, 9};
        double[][] targets = cnnPool.targets(subset);
        for (int i = 0; i < subset.length; i++) {
            assertEquals(trainLabels[subset[i]], OneHot.argmax(new double[][] {targets[i]})[0]);
            assertEquals(0, targets[i][0] + targets[i][1] + targets[i][2], 1e-15);
        }
        double[][] expected = new GradientFlowPredictor(cnnPool.trainBlock(subset, KernelMethod.NTK), targets,
                Ridge.relative(1e-4), 1).predict(cnnPool.testBlock(subset, KernelMethod.NTK), 7);
        double[][] actual = cnnPool.predict(subset, KernelMethod.NTK, Ridge.relative(1e-4), 7);
        for (int m = 0; m < expected.length; m++) {
            assertArrayEquals(expected[m], actual[m], 0);
        }
        double accuracy = cnnPool.accuracy(subset, KernelMethod.NNGP, Ridge.relative(1e-4));
        assertTrue(accuracy >= 0 && accuracy <= 1);
        assertThrows(IllegalArgumentException.class,
                () -> cnnPool.predict(subset, KernelMethod.NNGP, Ridge.none(), 3));
    }

    @Test
    void augmentedRidgeRuleReproducesRegressionOnTheAugmentedSet() {
        int[] subset = {1, 3, 6};
        ImageSet augmented = select(train, subset).c4Orbits();
        GramMatrices augTrain = Gram.symmetric(cnn, augmented, GramOptions.defaults());
        GramMatrices augTest = Gram.between(cnn, test, augmented, GramOptions.defaults());
        double[][] targets = cnnPool.targets(subset);
        double[][] augTargets = new double[4 * subset.length][];
        for (int i = 0; i < augTargets.length; i++) {
            augTargets[i] = targets[i / 4];
        }
        RidgeRule rule = RidgeRule.augmentedViaGroupKernel(cnnPool, 1e-3);
        for (KernelMethod method : KernelMethod.values()) {
            double[][] train = method == KernelMethod.NTK ? augTrain.ntk() : augTrain.nngp();
            double[][] rows = method == KernelMethod.NTK ? augTest.ntk() : augTest.nngp();
            double[][] expected = new GradientFlowPredictor(train, augTargets, Ridge.relative(1e-3), 1)
                    .predict(rows, Double.POSITIVE_INFINITY);
            double[][] actual = groupPool.predict(subset, method, rule.forSubset(subset, method),
                    Double.POSITIVE_INFINITY);
            for (int m = 0; m < expected.length; m++) {
                assertArrayEquals(expected[m], actual[m], 1e-9, method + ", test " + m);
            }
        }
    }

    @Test
    void subsetsAreDistinctSortedAndReproducible() {
        List<int[]> a = Subsets.random(20, 7, 3, 5);
        List<int[]> b = Subsets.random(20, 7, 3, 5);
        for (int s = 0; s < 3; s++) {
            assertArrayEquals(a.get(s), b.get(s));
            Set<Integer> seen = new HashSet<>();
            for (int k = 0; k < 7; k++) {
                assertTrue(a.get(s)[k] >= 0 && a.get(s)[k] < 20 && seen.add(a.get(s)[k]));
                assertTrue(k == 0 || a.get(s)[k - 1] < a.get(s)[k]);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Subsets.random(5, 6, 1, 0));
    }

    @Test
    void learningCurvesPairSubsetsAcrossClassifiers() {
        Classifier one = new Classifier("cnn", cnnPool, KernelMethod.NTK, RidgeRule.fixed(Ridge.relative(1e-4)));
        Classifier same = new Classifier("cnn again", cnnPool, KernelMethod.NTK,
                RidgeRule.fixed(Ridge.relative(1e-4)));
        Classifier group = new Classifier("group", groupPool, KernelMethod.NNGP,
                RidgeRule.fixed(Ridge.relative(1e-4)));
        LearningCurves curves = LearningCurves.evaluate(List.of(one, same, group), new int[] {3, 6}, 4, 11);
        assertArrayEquals(curves.accuracies("cnn", 6), curves.accuracies("cnn again", 6), 0);
        assertEquals(0, curves.meanDifference("cnn", "cnn again", 3), 0);
        assertEquals(0, curves.differenceStandardError("cnn", "cnn again", 3), 0);
        assertEquals(curves.mean("group", 6) - curves.mean("cnn", 6), curves.meanDifference("group", "cnn", 6),
                1e-15);
        assertEquals(List.of("N", "cnn (%)", "cnn again (%)", "group (%)"), curves.columnNames());
        assertEquals(2, curves.rows().size());
        assertEquals(3, curves.chart("t", List.of("cnn", "group")).getSeriesMap().size() + 1);
        assertThrows(IllegalArgumentException.class, () -> curves.mean("cnn", 5));
        assertThrows(IllegalArgumentException.class, () -> LearningCurves.evaluate(List.of(one, one),
                new int[] {3}, 1, 0));
    }
}
