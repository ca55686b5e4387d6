package org.gdl4j.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdl4j.Precision;
import org.gdl4j.group.Groups;
import org.gdl4j.grid.ImageAction;
import org.gdl4j.nn.Augmentations;
import org.gdl4j.nn.Batch;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Layer;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.Perceptrons;
import org.gdl4j.nn.TrainingConfig;
import org.gdl4j.planar.Architectures;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training members together in one graph is the same computation as training them one after another on the
 * same minibatches: parameters (and batch-normalisation statistics) agree to round-off in float64.
 */
class StackedTrainingTest {

    private static final TrainingConfig CONFIG = TrainingConfig.adam(1e-2).withEpochs(2).withBatchSize(4).withSeed(3)
            .withProgress(false).withAugmentation(Augmentations.fullOrbit(Groups.cyclic(4).elements(),
                    ImageAction.exactWherePossible()));

    private static Batch data(int count) {
        Nd4j.getRandom().setSeed(8);
        INDArray x = Nd4j.rand(DataType.DOUBLE, count, 1, 8, 8);
        return new Batch(x, java.util.stream.IntStream.range(0, count).map(i -> i % 3).toArray());
    }

    private static Batch data() {
        return data(12);
    }

    private static double largestDifference(Layer network, int members, int membersPerGraph, TrainingConfig config,
                                            int images) {
        Ensemble sequential = Ensemble.initialize(network, Precision.DOUBLE, Initialization.standard(4), members, 1, 8, 8);
        Ensemble stacked = Ensemble.initialize(network, Precision.DOUBLE, Initialization.standard(4), members, 1, 8, 8);
        EnsembleTrainer.fit(sequential, data(images), config, BatchOrder.SHARED);
        EnsembleHistory history = EnsembleTrainer.fitStacked(stacked, data(images), config, membersPerGraph);
        assertEquals((long) members * config.epochs(), history.memberEpochs());
        double largest = 0;
        for (int m = 0; m < members; m++) {
            Model a = sequential.member(m);
            Model b = stacked.member(m);
            for (String name : a.parameterNames()) {
                largest = Math.max(largest, a.parameter(name).sub(b.parameter(name)).amaxNumber().doubleValue());
            }
            INDArray x = data(images).images();
            largest = Math.max(largest, a.output(x).sub(b.output(x)).amaxNumber().doubleValue());
        }
        return largest;
    }

    @Test
    void stackedMlpMembersTrainExactlyAsSequentialOnes() {
        double difference = largestDifference(Perceptrons.onImages(1, 8, 8, 3, 16), 3, 2, CONFIG, 12);
        assertTrue(difference < 1e-12, "stacked and sequential training differ by " + difference);
    }

    @Test
    void stackedCnnMembersWithBatchNormalisationTrainExactlyAsSequentialOnes() {
        double difference = largestDifference(Architectures.cnn(1, 4, 3), 2, 2, CONFIG.withEpochs(1), 4);
        assertTrue(difference < 1e-12, "stacked and sequential training differ by " + difference);
    }

    @Test
    void stackingNeedsAtLeastOneMemberPerGraphAndNoEarlyStopping() {
        Ensemble ensemble = Ensemble.initialize(Perceptrons.onImages(1, 8, 8, 3, 4), Precision.DOUBLE,
                Initialization.standard(1), 2, 1, 8, 8);
        assertThrows(IllegalArgumentException.class, () -> EnsembleTrainer.fitStacked(ensemble, data(), CONFIG, 0));
        assertThrows(IllegalArgumentException.class,
                () -> EnsembleTrainer.fitStacked(ensemble, data(), CONFIG.withEarlyStopping(2), 2));
    }
}
