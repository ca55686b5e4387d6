package org.gdl4j.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gdl4j.ntk.c4.C4Form;
import org.junit.jupiter.api.Test;

/**
 * Golden values of the CNTK and the C4 GCNTK on two fixed 5×5×2 images, from an independent float64
 * reference implementation: [Conv3×3 SAME σ_w² = 2 → ReLU]×2 → GAP → Dense(1, σ_ro² = 1), and lifting →
 * ReLU → group conv → ReLU → group pool → Dense(1).
 */
class GoldenKernelTest {

    /** NNGP values and cross-pair NTKs, given to 12 decimals. */
    private static final double TOLERANCE = 1e-11;
    /** Self-pair NTKs, given to 10 decimals (and sensitive to round-off near θ = 0 in any implementation). */
    private static final double SELF_NTK_TOLERANCE = 1e-10;

    private static final double[][] CNTK_NNGP_NTK = {
        {0.151247306456, 0.138043899047, 0.147674961449},
        {0.2471708870, 0.199227694404, 0.2606001843}};
    private static final double[][] GCNTK_NNGP_NTK = {
        {0.144768622837, 0.137533644872, 0.136647291705},
        {0.2150018774, 0.198933044102, 0.2106698891}};

    @Test
    void goldenInputsMatchTheirDefinition() {
        assertEquals(0.963558185417, NtkFixtures.goldenA().get(0, 0, 1), 1e-12);
        assertEquals(0.744217687238, NtkFixtures.goldenA().get(0, 1, 0), 1e-12);
    }

    @Test
    void cntkMatchesGoldenTable() {
        assertTable(NtkFixtures.cnn(2, 3, Padding.SAME), CNTK_NNGP_NTK);
    }

    @Test
    void gcntkInOrbitFormMatchesGoldenTable() {
        assertTable(NtkFixtures.gcnn(2, 3, Padding.SAME, C4Form.ORBIT), GCNTK_NNGP_NTK);
    }

    @Test
    void gcntkInBlockFormMatchesGoldenTable() {
        assertTable(NtkFixtures.gcnn(2, 3, Padding.SAME, C4Form.BLOCK), GCNTK_NNGP_NTK);
    }

    private static void assertTable(KernelLayer network, double[][] expected) {
        PlanarImage a = NtkFixtures.goldenA();
        PlanarImage b = NtkFixtures.goldenB();
        Kernel[] pairs = {
            NtkFixtures.evaluate(network, a, a),
            NtkFixtures.evaluate(network, a, b),
            NtkFixtures.evaluate(network, b, b)};
        for (int p = 0; p < 3; p++) {
            assertEquals(expected[0][p], pairs[p].scalarNngp(), TOLERANCE, "NNGP of pair " + p);
            assertEquals(expected[1][p], pairs[p].scalarNtk(), p == 1 ? TOLERANCE : SELF_NTK_TOLERANCE,
                    "NTK of pair " + p);
        }
    }
}
