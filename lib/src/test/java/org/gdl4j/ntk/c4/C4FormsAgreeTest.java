package org.gdl4j.ntk.c4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.gdl4j.ntk.CovarianceForm;
import org.gdl4j.ntk.Dense;
import org.gdl4j.ntk.Elementwise;
import org.gdl4j.ntk.GroupPool;
import org.gdl4j.ntk.Initialization;
import org.gdl4j.ntk.Kernel;
import org.gdl4j.ntk.KernelLayer;
import org.gdl4j.ntk.NtkFixtures;
import org.gdl4j.ntk.Padding;
import org.gdl4j.ntk.PlanarImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reduced orbit form reproduces the direct group recursion over all pairs of group elements, layer by
 * layer and entry by entry: {@code K[(t, r), (t', r')] = K̃_{r' − r}[t, t']}.
 */
class C4FormsAgreeTest {

    private static final double TOLERANCE = 1e-12;

    private static List<KernelLayer> hiddenLayers(C4Form form, Padding padding, Initialization init) {
        return List.of(
                new LiftingConv(4, 3, padding, init, form), Elementwise.relu(),
                new GroupConv(4, 3, padding, init), Elementwise.erf(),
                new GroupConv(4, 3, Padding.SAME, init), Elementwise.relu());
    }

    private static Initialization[] initializations() {
        return new Initialization[] {
            Initialization.ntk(Math.sqrt(2)), Initialization.ntk(1.3, 0.4),
            Initialization.standard(1.1), Initialization.standard(0.9, 0.3)};
    }

    @ParameterizedTest
    @EnumSource(Padding.class)
    void orbitFormEqualsBlockFormAfterEveryLayer(Padding padding) {
        Random random = new Random(11);
        PlanarImage x = NtkFixtures.random(random, 2, 7);
        PlanarImage y = NtkFixtures.random(random, 2, 7);
        for (Initialization init : initializations()) {
            Kernel orbit = Kernel.between(x, y, CovarianceForm.FULL);
            Kernel block = orbit;
            List<KernelLayer> orbitLayers = hiddenLayers(C4Form.ORBIT, padding, init);
            List<KernelLayer> blockLayers = hiddenLayers(C4Form.BLOCK, padding, init);
            for (int l = 0; l < orbitLayers.size(); l++) {
                orbit = orbitLayers.get(l).apply(orbit);
                block = blockLayers.get(l).apply(block);
                assertSameKernel(block, orbit, init + ", layer " + l);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Padding.class)
    void pooledKernelsOfBothFormsAgree(Padding padding) {
        Random random = new Random(12);
        PlanarImage x = NtkFixtures.random(random, 1, 7);
        PlanarImage y = NtkFixtures.random(random, 1, 7);
        for (PlanarImage[] pair : new PlanarImage[][] {{x, y}, {x, x}}) {
            Kernel orbit = NtkFixtures.evaluate(NtkFixtures.gcnn(3, 3, padding, C4Form.ORBIT), pair[0], pair[1]);
            Kernel block = NtkFixtures.evaluate(NtkFixtures.gcnn(3, 3, padding, C4Form.BLOCK), pair[0], pair[1]);
            assertEquals(block.scalarNngp(), orbit.scalarNngp(), TOLERANCE);
            assertEquals(block.scalarNtk(), orbit.scalarNtk(), TOLERANCE);
        }
    }

    @ParameterizedTest
    @EnumSource(Padding.class)
    void blockKernelIsInvariantUnderRotatingBothGroupElements(Padding padding) {
        Random random = new Random(13);
        Kernel k = Kernel.between(NtkFixtures.random(random, 1, 6), NtkFixtures.random(random, 1, 6),
                CovarianceForm.DIAGONAL);
        for (KernelLayer layer : hiddenLayers(C4Form.BLOCK, padding, Initialization.ntk(1.2, 0.1))) {
            k = layer.apply(k);
        }
        int size = ((C4BlockDomain) k.domain()).size();
        int area = size * size;
        int n = 4 * area;
        for (int g = 0; g < n; g++) {
            for (int h = 0; h < n; h++) {
                for (int shift = 1; shift < 4; shift++) {
                    int g2 = ((g / area + shift) % 4) * area + g % area;
                    int h2 = ((h / area + shift) % 4) * area + h % area;
                    assertEquals(k.nngp()[g * n + h], k.nngp()[g2 * n + h2], TOLERANCE);
                    assertEquals(k.ntk()[g * n + h], k.ntk()[g2 * n + h2], TOLERANCE);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(C4Form.class)
    void groupPoolThenReadoutNeedsFullCovarianceOnlyBeforeANonlinearity(C4Form form) {
        KernelLayer head = KernelLayer.serial(new LiftingConv(4, 3, Padding.SAME, NtkFixtures.RELU_INIT, form),
                Elementwise.relu(), new GroupPool(), new Dense(3, NtkFixtures.RELU_INIT), Elementwise.relu(),
                new Dense(1, NtkFixtures.READOUT));
        assertEquals(CovarianceForm.FULL, head.requiredInputForm());
        assertEquals(CovarianceForm.DIAGONAL,
                NtkFixtures.gcnn(2, 3, Padding.SAME, form).requiredInputForm());
    }

    private static void assertSameKernel(Kernel block, Kernel orbit, String where) {
        int size = ((C4OrbitDomain) orbit.domain()).size();
        int area = size * size;
        int n = 4 * area;
        for (int g = 0; g < n; g++) {
            for (int h = 0; h < n; h++) {
                int d = Math.floorMod(h / area - g / area, 4);
                int orbitIndex = (d * area + g % area) * area + h % area;
                assertEquals(block.nngp()[g * n + h], orbit.nngp()[orbitIndex], TOLERANCE, where + " nngp");
                assertEquals(block.ntk()[g * n + h], orbit.ntk()[orbitIndex], TOLERANCE, where + " ntk");
                assertEquals(block.covX().full()[g * n + h], orbit.covX().full()[orbitIndex], TOLERANCE,
                        where + " covX");
            }
            assertEquals(block.covY().variances()[g], orbit.covY().variances()[g % area], TOLERANCE,
                    where + " variances");
        }
    }
}
