package org.gdl4j.ntk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.gdl4j.ntk.c4.C4Form;
import org.gdl4j.progress.Progress;
import org.gdl4j.progress.ProgressSnapshot;
import org.junit.jupiter.api.Test;

class GramTest {

    private static ImageSet randomSet(Random random, int count, int channels, int size) {
        List<PlanarImage> images = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            images.add(NtkFixtures.random(random, channels, size));
        }
        return new ImageSet(images);
    }

    @Test
    void symmetricGramHoldsThePairKernelsAndIsExactlySymmetric() {
        Random random = new Random(41);
        ImageSet data = randomSet(random, 5, 2, 5);
        KernelLayer network = NtkFixtures.gcnn(2, 3, Padding.SAME, C4Form.ORBIT);
        GramMatrices gram = Gram.symmetric(network, data, new GramOptions(ProgressDisplay.NONE, 2));
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                assertEquals(gram.ntk()[j][i], gram.ntk()[i][j], 0);
                assertEquals(gram.nngp()[j][i], gram.nngp()[i][j], 0);
            }
            Kernel k = NtkFixtures.evaluate(network, data.get(i), data.get(4 - i));
            assertEquals(k.scalarNngp(), gram.nngp()[i][4 - i], 1e-15);
            assertEquals(k.scalarNtk(), gram.ntk()[i][4 - i], 1e-15);
        }
    }

    @Test
    void crossGramIsTheSameOnOneOrTwoThreadsAndMatchesTheSymmetricOne() {
        Random random = new Random(42);
        ImageSet data = randomSet(random, 4, 1, 6);
        KernelLayer network = NtkFixtures.cnn(2, 3, Padding.VALID);
        GramMatrices one = Gram.between(network, data, data, new GramOptions(ProgressDisplay.NONE, 1));
        GramMatrices two = Gram.between(network, data, data, new GramOptions(ProgressDisplay.NONE, 2));
        GramMatrices symmetric = Gram.symmetric(network, data, GramOptions.defaults());
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(one.ntk()[i], two.ntk()[i], 0);
            assertArrayEquals(one.nngp()[i], symmetric.nngp()[i], 1e-15);
            assertArrayEquals(one.ntk()[i], symmetric.ntk()[i], 1e-15);
        }
    }

    @Test
    void progressBarCountsEveryPairAndFinishes() {
        AtomicReference<ProgressSnapshot> last = new AtomicReference<>();
        Progress.setDefaultRenderer(() -> last::set);
        try {
            ImageSet data = randomSet(new Random(43), 6, 1, 4);
            Gram.symmetric(NtkFixtures.cnn(1, 3, Padding.SAME), data, GramOptions.defaults().withProgressBar());
        } finally {
            Progress.resetDefaultRenderer();
        }
        assertTrue(last.get().finished());
        assertEquals(21, last.get().done());
        assertEquals(21, last.get().total());
    }

    @Test
    void networkWithoutPoolingIsRejected() {
        ImageSet data = randomSet(new Random(44), 2, 1, 4);
        KernelLayer unpooled = KernelLayer.serial(new Conv(2, 3, Padding.SAME, NtkFixtures.RELU_INIT));
        var error = assertThrows(IllegalStateException.class,
                () -> Gram.symmetric(unpooled, data, GramOptions.defaults()));
        assertTrue(error.getMessage().contains("pooled"), error.getMessage());
    }

    @Test
    void setsOfDifferentShapesAreRejected() {
        Random random = new Random(45);
        PredictorTest.assertMessage(() -> Gram.between(NtkFixtures.cnn(1, 3, Padding.SAME),
                randomSet(random, 2, 1, 4), randomSet(random, 2, 1, 5), GramOptions.defaults()), "[1, 5, 5]");
    }

    @Test
    void mlpGramsSkipTheSpatialKernelAndAgreeWithTheFullComputation() {
        Random random = new Random(12);
        ImageSet data = randomSet(random, 5, 2, 4);
        KernelLayer mlp = KernelLayer.serial(new Flatten(), new Dense(8, NtkFixtures.RELU_INIT), Elementwise.relu(),
                new Dense(8, NtkFixtures.RELU_INIT), Elementwise.relu(), new Dense(1, NtkFixtures.READOUT));
        GramMatrices fast = Gram.symmetric(mlp, data, GramOptions.defaults());
        for (int i = 0; i < data.size(); i++) {
            for (int j = 0; j < data.size(); j++) {
                Kernel slow = NtkFixtures.evaluate(mlp, data.get(i), data.get(j));
                assertEquals(slow.scalarNngp(), fast.nngp()[i][j], 1e-13 * Math.abs(slow.scalarNngp()));
                assertEquals(slow.scalarNtk(), fast.ntk()[i][j], 1e-13 * Math.abs(slow.scalarNtk()));
            }
        }
        GramMatrices flatOnly = Gram.symmetric(new Flatten(), data, GramOptions.defaults());
        assertEquals(NtkFixtures.evaluate(new Flatten(), data.get(1), data.get(3)).scalarNngp(), flatOnly.nngp()[1][3],
                1e-15);
    }
}
