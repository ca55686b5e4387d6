package org.gdl4j.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LayerTest {

    private static final double TOLERANCE = 1e-14;

    @Test
    void standardParameterisationAddsFanInTimesInputKernelAndOneForABias() {
        PlanarImage x = NtkFixtures.random(new Random(51), 3, 4);
        PlanarImage y = NtkFixtures.random(new Random(52), 3, 4);
        Kernel flat = new Flatten().apply(Kernel.between(x, y, CovarianceForm.DIAGONAL));
        assertEquals(48, flat.channels());
        Kernel dense = new Dense(5, Initialization.standard(1.5, 0.2)).apply(flat);
        assertEquals(2.25 * flat.scalarNngp() + 0.04, dense.scalarNngp(), TOLERANCE);
        assertEquals(48 * flat.scalarNngp() + 1, dense.scalarNtk(), TOLERANCE);
        Kernel second = new Dense(1, Initialization.standard(0.5)).apply(dense);
        assertEquals(5 * dense.scalarNngp() + 0.25 * dense.scalarNtk(), second.scalarNtk(), TOLERANCE);
    }

    @Test
    void ntkParameterisationAddsTheNewNngpToTheScaledNtk() {
        PlanarImage x = NtkFixtures.random(new Random(53), 1, 4);
        Kernel flat = new Flatten().apply(Kernel.between(x, x, CovarianceForm.DIAGONAL));
        Kernel dense = new Dense(5, Initialization.ntk(1.5, 0.2)).apply(flat);
        assertEquals(2.25 * flat.scalarNngp() + 0.04, dense.scalarNngp(), TOLERANCE);
        assertEquals(dense.scalarNngp(), dense.scalarNtk(), TOLERANCE);
        Kernel second = new Dense(1, Initialization.ntk(0.5, 0.1)).apply(dense);
        assertEquals(0.25 * dense.scalarNtk() + second.scalarNngp(), second.scalarNtk(), TOLERANCE);
    }

    @Test
    void flattenAveragesTheSpatialDiagonalAndKeepsItsVariances() {
        PlanarImage x = NtkFixtures.random(new Random(54), 2, 3);
        PlanarImage y = NtkFixtures.random(new Random(55), 2, 3);
        Kernel in = Kernel.between(x, y, CovarianceForm.DIAGONAL);
        Kernel out = new Flatten().apply(in);
        double expected = 0;
        for (int t = 0; t < 9; t++) {
            expected += in.nngp()[t * 9 + t] / 9;
        }
        assertEquals(expected, out.scalarNngp(), TOLERANCE);
        assertEquals(CovarianceForm.DIAGONAL, out.covX().form());
        Elementwise.relu().apply(out);
    }

    @Test
    void nonlinearityAfterPoolingNeedsFullCovarianceAndUsesThePooledSelfKernel() {
        PlanarImage x = NtkFixtures.random(new Random(56), 1, 5);
        PlanarImage y = NtkFixtures.random(new Random(57), 1, 5);
        KernelLayer body = KernelLayer.serial(new Conv(4, 3, Padding.SAME, NtkFixtures.RELU_INIT),
                Elementwise.relu(), new GlobalAveragePool());
        KernelLayer head = KernelLayer.serial(new Dense(4, NtkFixtures.RELU_INIT), Elementwise.relu(),
                new Dense(1, NtkFixtures.READOUT));
        KernelLayer network = KernelLayer.serial(body, head);
        assertEquals(CovarianceForm.FULL, network.requiredInputForm());
        var error = assertThrows(IllegalStateException.class,
                () -> network.apply(Kernel.between(x, y, CovarianceForm.DIAGONAL)));
        assertTrue(error.getMessage().contains("FULL"), error.getMessage());

        Kernel pooled = body.apply(Kernel.between(x, y, CovarianceForm.FULL));
        double poolX = body.apply(Kernel.between(x, x, CovarianceForm.DIAGONAL)).scalarNngp();
        double poolY = body.apply(Kernel.between(y, y, CovarianceForm.DIAGONAL)).scalarNngp();
        assertEquals(poolX, pooled.covX().variances()[0], 1e-15);
        assertEquals(poolY, pooled.covY().variances()[0], 1e-15);
        Kernel out = network.apply(Kernel.between(x, y, CovarianceForm.FULL));
        double[] expected = {2 * pooled.scalarNngp()};
        double[] ntk = {2 * pooled.scalarNtk() + expected[0]};
        Activation.RELU.map(expected, ntk, new double[] {2 * poolX}, new double[] {2 * poolY}, 1, 1);
        assertEquals(expected[0], out.scalarNngp(), 1e-15);
        assertEquals(ntk[0] + expected[0], out.scalarNtk(), 1e-15);
    }

    @Test
    void fullAndDiagonalCovariancesGiveTheSameKernelWhenNoNonlinearityFollowsPooling() {
        PlanarImage x = NtkFixtures.random(new Random(58), 2, 5);
        PlanarImage y = NtkFixtures.random(new Random(59), 2, 5);
        KernelLayer network = NtkFixtures.cnn(2, 3, Padding.SAME);
        Kernel diagonal = network.apply(Kernel.between(x, y, CovarianceForm.DIAGONAL));
        Kernel full = network.apply(Kernel.between(x, y, CovarianceForm.FULL));
        assertEquals(diagonal.scalarNngp(), full.scalarNngp(), 0);
        assertEquals(diagonal.scalarNtk(), full.scalarNtk(), 0);
    }

    @Test
    void identityAndEmptySerialLeaveTheKernelAlone() {
        Kernel in = Kernel.between(NtkFixtures.goldenA(), NtkFixtures.goldenB(), CovarianceForm.DIAGONAL);
        assertEquals(in, new Identity().apply(in));
        assertEquals(in, KernelLayer.serial().apply(in));
    }

    @Test
    void badLayerArgumentsAndDomainsAreRejectedNamingThem() {
        PredictorTest.assertMessage(() -> new Conv(4, 4, Padding.SAME, NtkFixtures.RELU_INIT), "but got 4");
        PredictorTest.assertMessage(() -> new Dense(0, NtkFixtures.RELU_INIT), "but got 0");
        PredictorTest.assertMessage(() -> Initialization.ntk(-1), "-1");
        Kernel in = Kernel.between(NtkFixtures.goldenA(), NtkFixtures.goldenB(), CovarianceForm.DIAGONAL);
        PredictorTest.assertMessage(() -> new GroupPool().apply(in), "plane 5×5");
        PredictorTest.assertMessage(() -> new Conv(1, 7, Padding.VALID, NtkFixtures.RELU_INIT).apply(in),
                "at least 7");
        Kernel pooled = new GlobalAveragePool().apply(in);
        PredictorTest.assertMessage(() -> new Conv(1, 3, Padding.SAME, NtkFixtures.RELU_INIT).apply(pooled),
                "pooled");
        PredictorTest.assertMessage(() -> Kernel.between(NtkFixtures.goldenA(),
                NtkFixtures.random(new Random(1), 1, 5), CovarianceForm.DIAGONAL), "[1, 5, 5]");
    }
}
