package org.gdl4j.ensemble;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdl4j.Precision;
import org.gdl4j.group.CyclicElement;
import org.gdl4j.group.Groups;
import org.gdl4j.grid.ImageAction;
import org.gdl4j.nn.Augmentation;
import org.gdl4j.nn.Augmentations;
import org.gdl4j.nn.Batch;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.Trainer;
import org.gdl4j.nn.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The paired-seed identity behind emergent equivariance (Gerken and Kessel, ICML 2024, with the finite-width
 * argument of Nordenfors and Flinth, arXiv 2410.01452): training from {@code w} and from the rotated
 * weights {@code g·w} on the same sequence of full-orbit minibatches gives networks related by the rotation,
 * {@code f_{L(g·w)}(g·x) = f_{L(w)}(x)} for every input, in float64 up to summation order. With one random
 * rotation per sample the minibatches are not orbit-closed and the identity fails by order one.
 */
class PairedSeedIdentityTest {

    private static final List<CyclicElement> C4 = Groups.cyclic(4).elements();
    private static final ImageAction ROTATE = ImageAction.exactWherePossible();

    private static Batch trainingSet() {
        Nd4j.getRandom().setSeed(21);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 16, 1, 6, 6);
        int[] y = new int[16];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 3;
        }
        return new Batch(x, y);
    }

    /** {@code max |f_{L(g·w)}(g·x) − f_{L(w)}(x)| / max |f_{L(w)}(x)|} over noise inputs. */
    private static double pairedSeedError(Augmentation augmentation) {
        Model fromW = Model.build(EnsembleTest.mlp(6, 24, 3), Precision.DOUBLE, Initialization.standard(3), 1, 6, 6);
        CyclicElement g = C4.get(1);
        Model fromGw = InputWeightAction.apply(fromW, g, ROTATE);
        TrainingConfig config = TrainingConfig.adam(1e-2).withEpochs(4).withBatchSize(4).withSeed(9)
                .withAugmentation(augmentation).withProgress(false);
        Trainer.fit(fromW, trainingSet(), config);
        Trainer.fit(fromGw, trainingSet(), config);
        Nd4j.getRandom().setSeed(5);
        INDArray noise = Nd4j.rand(DataType.DOUBLE, 20, 1, 6, 6);
        INDArray reference = fromW.output(noise);
        double difference = fromGw.output(ROTATE.apply(g, noise)).sub(reference).amaxNumber().doubleValue();
        return difference / reference.amaxNumber().doubleValue();
    }

    @Test
    void rotatedInitialWeightsGiveTheRotatedNetworkBeforeTraining() {
        Model w = Model.build(EnsembleTest.mlp(6, 8, 3), Precision.DOUBLE, Initialization.standard(4), 1, 6, 6);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 5, 1, 6, 6);
        for (CyclicElement g : C4) {
            Model gw = InputWeightAction.apply(w, g, ROTATE);
            double difference = gw.output(ROTATE.apply(g, x)).sub(w.output(x)).amaxNumber().doubleValue();
            assertTrue(difference < 1e-13, g + ": " + difference);
        }
    }

    @Test
    void fullOrbitTrainingCommutesWithTheRotationOfTheWeights() {
        double error = pairedSeedError(Augmentations.fullOrbit(C4, ROTATE));
        assertTrue(error < 1e-10, "paired-seed identity broken by " + error);
    }

    @Test
    void randomSingleRotationsBreakThePairedSeedIdentity() {
        double error = pairedSeedError(Augmentations.randomElement(C4, ROTATE));
        assertTrue(error > 1e-2, "random rotations should break the identity but the error is only " + error);
    }
}
