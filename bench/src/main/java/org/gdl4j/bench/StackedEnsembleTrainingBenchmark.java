package org.gdl4j.bench;

import java.util.concurrent.TimeUnit;
import org.gdl4j.Precision;
import org.gdl4j.ensemble.BatchOrder;
import org.gdl4j.ensemble.Ensemble;
import org.gdl4j.ensemble.EnsembleTrainer;
import org.gdl4j.group.Groups;
import org.gdl4j.grid.ImageAction;
import org.gdl4j.nn.Augmentations;
import org.gdl4j.nn.Batch;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.NativeThreads;
import org.gdl4j.nn.Perceptrons;
import org.gdl4j.nn.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One epoch of a 4-member ensemble of MLPs 784–256–10 with full C4 augmentation (1000 images in minibatches
 * of 32 × 4, Adam, float32, one native thread), trained one member after another or all four in one SameDiff
 * graph ({@code EnsembleTrainer.fitStacked}). A quarter of the score is the time per member-epoch, to compare
 * with {@link EnsembleTrainingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StackedEnsembleTrainingBenchmark {

    /** Members per SameDiff graph: 1 (one after another) or 4 (all together). */
    @Param({"1", "4"})
    public int membersPerGraph;

    private Batch train;
    private TrainingConfig config;
    private Ensemble ensemble;

    /** Generates the data and the training configuration. */
    @Setup(Level.Trial)
    public void data() {
        Nd4j.getRandom().setSeed(1);
        INDArray images = Nd4j.rand(DataType.FLOAT, 1000, 1, 28, 28);
        int[] labels = new int[1000];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 10;
        }
        train = new Batch(images, labels);
        config = TrainingConfig.adam(1e-3).withBatchSize(32).withProgress(false)
                .withAugmentation(Augmentations.fullOrbit(Groups.cyclic(4).elements(), ImageAction.exactWherePossible()));
    }

    /** A fresh ensemble per iteration. */
    @Setup(Level.Iteration)
    public void members() {
        ensemble = Ensemble.initialize(Perceptrons.onImages(1, 28, 28, 10, 256), Precision.FLOAT,
                Initialization.standard(7), 4, 1, 28, 28);
    }

    /**
     * Trains all four members for one epoch.
     *
     * @return the members' member-epochs, so the work is not eliminated
     */
    @Benchmark
    public long ensembleEpoch() {
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            return membersPerGraph == 1
                    ? EnsembleTrainer.fit(ensemble, train, config, BatchOrder.SHARED).memberEpochs()
                    : EnsembleTrainer.fitStacked(ensemble, train, config, membersPerGraph).memberEpochs();
        }
    }
}
