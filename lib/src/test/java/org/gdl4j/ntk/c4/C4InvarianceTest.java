package org.gdl4j.ntk.c4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.gdl4j.ntk.Initialization;
import org.gdl4j.ntk.Kernel;
import org.gdl4j.ntk.KernelLayer;
import org.gdl4j.ntk.NtkFixtures;
import org.gdl4j.ntk.Padding;
import org.gdl4j.ntk.PlanarImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The GCNTK is the CNTK averaged over the C4 orbit of one argument, and therefore invariant; the CNTK is not.
 */
class C4InvarianceTest {

    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest
    @EnumSource(Padding.class)
    void gcnnKernelIsTheOrbitAverageOfTheCnnKernel(Padding padding) {
        Random random = new Random(21);
        PlanarImage x = NtkFixtures.random(random, 2, 7);
        PlanarImage y = NtkFixtures.random(random, 2, 7);
        for (int depth = 1; depth <= 3; depth++) {
            KernelLayer cnn = NtkFixtures.cnn(depth, 3, padding);
            Kernel group = NtkFixtures.evaluate(NtkFixtures.gcnn(depth, 3, padding, C4Form.ORBIT), x, y);
            double nngp = 0;
            double ntk = 0;
            for (int r = 0; r < 4; r++) {
                Kernel k = NtkFixtures.evaluate(cnn, x, y.rotate90(r));
                nngp += k.scalarNngp() / 4;
                ntk += k.scalarNtk() / 4;
            }
            assertEquals(nngp, group.scalarNngp(), TOLERANCE, "NNGP at depth " + depth);
            assertEquals(ntk, group.scalarNtk(), TOLERANCE, "NTK at depth " + depth);
        }
    }

    @Test
    void orbitAverageHoldsWithBiases() {
        Random random = new Random(22);
        PlanarImage x = NtkFixtures.random(random, 1, 6);
        PlanarImage y = NtkFixtures.random(random, 1, 6);
        Initialization init = Initialization.ntk(1.4, 0.3);
        KernelLayer cnn = KernelLayer.serial(new org.gdl4j.ntk.Conv(3, 3, Padding.SAME, init),
                org.gdl4j.ntk.Elementwise.erf(), new org.gdl4j.ntk.Conv(3, 5, Padding.SAME, init),
                org.gdl4j.ntk.Elementwise.relu(), new org.gdl4j.ntk.GlobalAveragePool(),
                new org.gdl4j.ntk.Dense(1, Initialization.ntk(1, 0.2)));
        KernelLayer gcnn = KernelLayer.serial(new LiftingConv(3, 3, Padding.SAME, init, C4Form.ORBIT),
                org.gdl4j.ntk.Elementwise.erf(), new GroupConv(3, 5, Padding.SAME, init),
                org.gdl4j.ntk.Elementwise.relu(), new org.gdl4j.ntk.GroupPool(),
                new org.gdl4j.ntk.Dense(1, Initialization.ntk(1, 0.2)));
        Kernel group = NtkFixtures.evaluate(gcnn, x, y);
        double ntk = 0;
        for (int r = 0; r < 4; r++) {
            ntk += NtkFixtures.evaluate(cnn, x, y.rotate90(r)).scalarNtk() / 4;
        }
        assertEquals(ntk, group.scalarNtk(), TOLERANCE);
    }

    @ParameterizedTest
    @EnumSource(C4Form.class)
    void gcnnKernelIsInvariantUnderRotatingEitherArgument(C4Form form) {
        Random random = new Random(23);
        PlanarImage x = NtkFixtures.random(random, 2, 6);
        PlanarImage y = NtkFixtures.random(random, 2, 6);
        KernelLayer gcnn = NtkFixtures.gcnn(2, 3, Padding.SAME, form);
        Kernel reference = NtkFixtures.evaluate(gcnn, x, y);
        for (int r = 1; r < 4; r++) {
            for (Kernel k : new Kernel[] {
                NtkFixtures.evaluate(gcnn, x.rotate90(r), y), NtkFixtures.evaluate(gcnn, x, y.rotate90(r))}) {
                assertEquals(reference.scalarNngp(), k.scalarNngp(), TOLERANCE, "NNGP, r = " + r);
                assertEquals(reference.scalarNtk(), k.scalarNtk(), TOLERANCE, "NTK, r = " + r);
            }
        }
    }

    @Test
    void cnnKernelChangesWhenOneArgumentIsRotated() {
        Random random = new Random(24);
        PlanarImage x = NtkFixtures.random(random, 2, 6);
        PlanarImage y = NtkFixtures.random(random, 2, 6);
        KernelLayer cnn = NtkFixtures.cnn(2, 3, Padding.SAME);
        Kernel reference = NtkFixtures.evaluate(cnn, x, y);
        Kernel rotated = NtkFixtures.evaluate(cnn, x, y.rotate90(1));
        double relative = Math.abs(rotated.scalarNtk() - reference.scalarNtk()) / reference.scalarNtk();
        assertTrue(relative > 1e-4, "relative NTK change " + relative);
        assertTrue(Math.abs(rotated.scalarNngp() - reference.scalarNngp()) > 1e-4 * reference.scalarNngp());
    }

    @Test
    void cnnKernelIsInvariantWhenBothArgumentsTurnTogether() {
        Random random = new Random(25);
        PlanarImage x = NtkFixtures.random(random, 2, 6);
        PlanarImage y = NtkFixtures.random(random, 2, 6);
        KernelLayer cnn = NtkFixtures.cnn(2, 3, Padding.SAME);
        Kernel reference = NtkFixtures.evaluate(cnn, x, y);
        Kernel turned = NtkFixtures.evaluate(cnn, x.rotate90(1), y.rotate90(1));
        assertEquals(reference.scalarNtk(), turned.scalarNtk(), TOLERANCE);
    }

    @Test
    void liftingRejectsNonSquareImagesNamingTheSize() {
        PlanarImage x = new PlanarImage(1, 5, 6, new double[30]);
        LiftingConv lifting = new LiftingConv(2, 3, Padding.SAME, NtkFixtures.RELU_INIT, C4Form.ORBIT);
        var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> lifting.apply(Kernel.between(x, x, org.gdl4j.ntk.CovarianceForm.DIAGONAL)));
        assertTrue(error.getMessage().contains("square") && error.getMessage().contains("5×6"), error.getMessage());
    }
}
