package org.gdl4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.gdl4j.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class TrainerTest {

    /** Two Gaussian blobs in 4 dimensions, centred at ±1 on every axis. */
    static Batch blobs(int n, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray x = Nd4j.randn(DataType.FLOAT, n, 4).muli(0.7);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            x.getRow(i).addi(labels[i] == 0 ? -1 : 1);
        }
        return new Batch(x, labels);
    }

    /** The same samples with the other label: its loss grows as training on the originals improves. */
    private static Batch withFlippedLabels(Batch batch) {
        return new Batch(batch.images(), java.util.Arrays.stream(batch.labels()).map(label -> 1 - label).toArray());
    }

    private static Model mlp(long seed) {
        return Model.build(ModelTest.mlp(4, 16, 2, Nonlinearity.RELU), Precision.FLOAT, Initialization.standard(seed), 4);
    }

    @Test
    void adamTrainingLowersTheLossAndSeparatesTheBlobs() {
        Model model = mlp(1);
        Batch train = blobs(256, 1);
        double before = model.evaluate(train.images(), train.labels(), 64).loss();
        TrainingHistory history = Trainer.fit(model, train, TrainingConfig.adam(0.01).withEpochs(5).withProgress(false));
        Evaluation after = model.evaluate(train.images(), train.labels(), 64);
        assertEquals(5, history.epochs().size());
        assertTrue(after.loss() < 0.5 * before, "loss " + before + " → " + after.loss());
        assertTrue(after.accuracy() > 0.9, "accuracy " + after.accuracy());
    }

    @Test
    void sgdTrainingLowersTheLoss() {
        Model model = mlp(2);
        Batch train = blobs(128, 2);
        double before = model.evaluate(train.images(), train.labels(), 64).loss();
        Trainer.fit(model, train, TrainingConfig.sgd(0.1).withEpochs(5).withBatchSize(16).withProgress(false));
        assertTrue(model.evaluate(train.images(), train.labels(), 64).loss() < before);
    }

    @Test
    void augmentationSeesEveryMinibatchAndMayEnlargeIt() {
        Model model = mlp(3);
        AtomicInteger seen = new AtomicInteger();
        Augmentation doubling = (batch, random) -> {
            seen.addAndGet(batch.size());
            int[] labels = new int[2 * batch.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = batch.labels()[i % batch.size()];
            }
            return new Batch(Nd4j.concat(0, batch.images(), batch.images()), labels);
        };
        Trainer.fit(model, blobs(100, 3), TrainingConfig.adam(0.01).withBatchSize(32).withAugmentation(doubling)
                .withProgress(false));
        assertEquals(100, seen.get());
    }

    @Test
    void earlyStoppingStopsAndRestoresTheBestParameters() {
        Model model = mlp(4);
        Batch train = blobs(64, 4);
        Batch validation = withFlippedLabels(train);
        TrainingHistory history = Trainer.fit(model, train, Optional.of(validation),
                TrainingConfig.adam(0.01).withEpochs(30).withEarlyStopping(2).withProgress(false));
        double best = history.epochs().stream().mapToDouble(e -> e.validationLoss().getAsDouble()).min().orElseThrow();
        assertTrue(history.stoppedEarly(), "validation with flipped labels gets worse as training improves");
        assertEquals(3, history.epochs().size());
        assertEquals(best, model.evaluate(validation.images(), validation.labels(), 64).loss(), 1e-5);
    }

    @Test
    void divergingTrainingFailsWithAClearMessage() {
        Model model = mlp(5);
        Batch train = blobs(64, 5);
        train.images().muli(1e30);
        var error = assertThrows(IllegalStateException.class,
                () -> Trainer.fit(model, train, TrainingConfig.sgd(1e10).withEpochs(3).withProgress(false)));
        assertTrue(error.getMessage().contains("learning rate"), error.getMessage());
    }

    @Test
    void earlyStoppingWithoutValidationIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Trainer.fit(mlp(6), blobs(8, 6),
                TrainingConfig.adam(0.1).withEarlyStopping(1)));
    }

    @Test
    void savedModelLoadsBackWithBitIdenticalOutputs(@TempDir Path dir) {
        Sequential net = ModelTest.mlp(4, 16, 2, Nonlinearity.RELU);
        Model model = Model.build(net, Precision.FLOAT, Initialization.standard(9), 4);
        Batch data = blobs(32, 9);
        Trainer.fit(model, data, TrainingConfig.adam(0.01).withEpochs(2).withProgress(false));
        Path file = dir.resolve("mlp.gdl4j");
        ModelFile.save(model, file);
        Model loaded = ModelFile.load(file, net);
        assertEquals(model.output(data.images()), loaded.output(data.images()));
        assertFalse(model.output(data.images()).sub(loaded.output(data.images())).any());
    }

    @Test
    void loadingIntoAnotherArchitectureIsRejected(@TempDir Path dir) {
        Model model = mlp(10);
        Path file = dir.resolve("mlp.gdl4j");
        ModelFile.save(model, file);
        var error = assertThrows(IllegalArgumentException.class,
                () -> ModelFile.load(file, ModelTest.mlp(4, 8, 2, Nonlinearity.RELU)));
        assertTrue(error.getMessage().contains("built from"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelFile.load(dir.resolve("missing"), model.network()));
    }

    @Test
    void earlyStoppingRestoresTheBestEpochAlsoWhenAllEpochsRun() {
        Model model = mlp(11);
        Batch train = blobs(64, 11);
        Batch validation = withFlippedLabels(train);
        TrainingHistory history = Trainer.fit(model, train, Optional.of(validation),
                TrainingConfig.adam(0.01).withEpochs(3).withEarlyStopping(5).withProgress(false));
        double best = history.epochs().stream().mapToDouble(e -> e.validationLoss().getAsDouble()).min().orElseThrow();
        assertFalse(history.stoppedEarly());
        assertEquals(best, model.evaluate(validation.images(), validation.labels(), 64).loss(), 1e-5);
    }
}
