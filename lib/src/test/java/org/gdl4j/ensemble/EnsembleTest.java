package org.gdl4j.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gdl4j.Precision;
import org.gdl4j.nn.Batch;
import org.gdl4j.nn.Dense;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.Flatten;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.Pointwise;
import org.gdl4j.nn.Sequential;
import org.gdl4j.nn.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class EnsembleTest {

    /** An MLP on {@code 1×side×side} images: flatten, dense to {@code hidden}, ReLU, dense to {@code classes}. */
    static Sequential mlp(int side, int hidden, int classes) {
        Flatten flatten = new Flatten(FieldType.plain(1), side, side);
        Dense first = new Dense(flatten.outType(), hidden);
        return Sequential.of(flatten, first, Pointwise.relu(first.outType()), new Dense(first.outType(), classes));
    }

    private static Ensemble small(int size, long seed) {
        return Ensemble.initialize(mlp(4, 6, 3), Precision.DOUBLE, Initialization.standard(seed), size, 1, 4, 4);
    }

    private static INDArray weight(Model model) {
        return model.parameter(model.parameterNames().get(0));
    }

    @Test
    void membersAreDrawnIndependentlyAndDoNotDependOnTheEnsembleSize() {
        Ensemble two = small(2, 5);
        Ensemble three = small(3, 5);
        assertNotEquals(weight(two.member(0)), weight(two.member(1)));
        assertEquals(weight(two.member(1)), weight(three.member(1)));
        assertEquals(Ensemble.memberSeed(5, 1), two.member(1).initialization().seed());
        assertNotEquals(Ensemble.memberSeed(5, 0), Ensemble.memberSeed(6, 0));
    }

    @Test
    void meanLogitsAverageTheMembersAndMeanProbabilitiesAreDistributions() {
        Ensemble ensemble = small(3, 1);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 7, 1, 4, 4);
        INDArray members = ensemble.memberLogits(x, 3);
        assertArrayEquals(new long[] {3, 7, 3}, members.shape());
        INDArray expected = ensemble.member(0).output(x).add(ensemble.member(1).output(x))
                .add(ensemble.member(2).output(x)).div(3);
        assertTrue(ensemble.meanLogits(x).sub(expected).amaxNumber().doubleValue() < 1e-12);
        INDArray rowSums = ensemble.meanProbabilities(x).sum(1);
        assertTrue(rowSums.sub(1).amaxNumber().doubleValue() < 1e-12);
    }

    @Test
    void subEnsemblesShareTheirMembersAndRejectRepeats() {
        Ensemble ensemble = small(4, 2);
        Ensemble sub = ensemble.subEnsemble(3, 1);
        assertEquals(2, sub.size());
        assertTrue(sub.member(0) == ensemble.member(3));
        assertThrows(IllegalArgumentException.class, () -> ensemble.subEnsemble(1, 1));
        assertThrows(IllegalArgumentException.class, ensemble::subEnsemble);
    }

    @Test
    void anEnsembleOfNoMembersOrOfMixedArchitecturesIsRejected() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> small(0, 1));
        assertTrue(empty.getMessage().contains("at least one member"), empty.getMessage());
        Model other = Model.build(mlp(4, 5, 3), Precision.DOUBLE, Initialization.standard(1), 1, 4, 4);
        assertThrows(IllegalArgumentException.class, () -> Ensemble.of(List.of(small(1, 1).member(0), other)));
        assertThrows(IllegalArgumentException.class, () -> Ensemble.of(List.of()));
    }

    @Test
    void trainingMovesEveryMemberAndCountsMemberEpochs() {
        Ensemble ensemble = small(3, 3);
        INDArray before = weight(ensemble.member(2)).dup();
        INDArray x = Nd4j.rand(DataType.DOUBLE, 12, 1, 4, 4);
        int[] y = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2};
        TrainingConfig config = TrainingConfig.adam(1e-2).withEpochs(2).withBatchSize(4).withProgress(false);
        EnsembleHistory history = EnsembleTrainer.fit(ensemble, new Batch(x, y), config, BatchOrder.INDEPENDENT);
        assertEquals(6, history.memberEpochs());
        assertEquals(3, history.rows().size());
        assertTrue(history.memberEpochsPerSecond() > 0);
        assertNotEquals(before, weight(ensemble.member(2)));
    }

    @Test
    void aSavedEnsembleLoadsWithBitIdenticalOutputs(@TempDir Path folder) throws Exception {
        Ensemble ensemble = small(3, 8);
        EnsembleFile.save(ensemble, folder);
        Ensemble loaded = EnsembleFile.load(folder, mlp(4, 6, 3));
        INDArray x = Nd4j.rand(DataType.DOUBLE, 5, 1, 4, 4);
        assertEquals(ensemble.memberLogits(x, 5), loaded.memberLogits(x, 5));
        Files.delete(folder.resolve("member-002.zip"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> EnsembleFile.load(folder, mlp(4, 6, 3)));
        assertTrue(missing.getMessage().contains("member-002.zip"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EnsembleFile.load(folder.resolve("nothing"), mlp(4, 6, 3)));
    }

    @Test
    void anAugmentationGroupThatCannotActOnTheImagesIsAClearError() {
        Ensemble ensemble = Ensemble.initialize(org.gdl4j.nn.Perceptrons.onImages(1, 4, 6, 3, 5), Precision.DOUBLE,
                Initialization.standard(1), 2, 1, 4, 6);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 6, 1, 4, 6);
        TrainingConfig config = TrainingConfig.adam(1e-2).withBatchSize(3).withProgress(false)
                .withAugmentation(org.gdl4j.nn.Augmentations.fullOrbit(org.gdl4j.group.Groups.cyclic(4).elements(),
                        org.gdl4j.grid.ImageAction.exactWherePossible()));
        IllegalArgumentException training = assertThrows(IllegalArgumentException.class,
                () -> EnsembleTrainer.fit(ensemble, new Batch(x, new int[6]), config, BatchOrder.SHARED));
        assertTrue(training.getMessage().contains("square"), training.getMessage());
        IllegalArgumentException evaluation = assertThrows(IllegalArgumentException.class,
                () -> OrbitLogits.of(ensemble, org.gdl4j.group.Groups.cyclic(4).elements(),
                        org.gdl4j.grid.ImageAction.exactWherePossible(), x));
        assertTrue(evaluation.getMessage().contains("square"), evaluation.getMessage());
    }
}
