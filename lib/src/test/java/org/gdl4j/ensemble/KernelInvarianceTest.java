package org.gdl4j.ensemble;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gdl4j.ntk.Gram;
import org.gdl4j.ntk.GramMatrices;
import org.gdl4j.ntk.ImageSet;
import org.gdl4j.ntk.PlanarImage;
import org.junit.jupiter.api.Test;

/**
 * The precondition of emergent invariance: the NNGP and NTK of the reference MLP (i.i.d. first-layer weights)
 * depend on their inputs only through {@code x·x'}, {@code |x|} and {@code |x'|}, so rotating both arguments by
 * the same quarter turn leaves them unchanged, {@code Θ(g·x, g·x') = Θ(x, x')}.
 */
class KernelInvarianceTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void mlpNtkAndNngpAreInvariantUnderJointRotation() {
        Random random = new Random(11);
        List<PlanarImage> rows = new ArrayList<>(EnsembleFixtures.synthetic(random, 6).images().images());
        rows.addAll(EnsembleFixtures.uniformNoise(random, 4).images());
        ImageSet x = new ImageSet(rows);
        ImageSet y = EnsembleFixtures.uniformNoise(random, 5);
        GramMatrices reference = Gram.between(EnsembleFixtures.mlp(), x, y, EnsembleFixtures.OPTIONS);
        for (int g = 1; g < 4; g++) {
            GramMatrices rotated = Gram.between(EnsembleFixtures.mlp(), x.rotate90(g), y.rotate90(g),
                    EnsembleFixtures.OPTIONS);
            double ntk = EnsembleFixtures.relativeDifference(rotated.ntk(), reference.ntk());
            double nngp = EnsembleFixtures.relativeDifference(rotated.nngp(), reference.nngp());
            assertTrue(ntk <= TOLERANCE, "NTK, g = " + g + ": relative error " + ntk);
            assertTrue(nngp <= TOLERANCE, "NNGP, g = " + g + ": relative error " + nngp);
        }
    }

    @Test
    void groupSummedKernelIsInvariantInEitherArgument() {
        Random random = new Random(12);
        ImageSet x = EnsembleFixtures.synthetic(random, 5).images();
        ImageSet y = EnsembleFixtures.uniformNoise(random, 4);
        GramMatrices reference = GroupSummedKernel.summed(EnsembleFixtures.mlp(), x, y, EnsembleFixtures.OPTIONS);
        for (int g = 1; g < 4; g++) {
            GramMatrices left = GroupSummedKernel.summed(EnsembleFixtures.mlp(), x.rotate90(g), y,
                    EnsembleFixtures.OPTIONS);
            GramMatrices right = GroupSummedKernel.summed(EnsembleFixtures.mlp(), x, y.rotate90(g),
                    EnsembleFixtures.OPTIONS);
            for (GramMatrices rotated : new GramMatrices[] {left, right}) {
                double ntk = EnsembleFixtures.relativeDifference(rotated.ntk(), reference.ntk());
                assertTrue(ntk <= TOLERANCE, "Θ^G, g = " + g + ": relative error " + ntk);
            }
        }
    }
}
