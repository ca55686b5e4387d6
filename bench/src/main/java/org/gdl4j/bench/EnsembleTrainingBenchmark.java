package org.gdl4j.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gdl4j.Precision;
import org.gdl4j.ensemble.BatchOrder;
import org.gdl4j.ensemble.Ensemble;
import org.gdl4j.ensemble.EnsembleTrainer;
import org.gdl4j.group.CyclicElement;
import org.gdl4j.group.Groups;
import org.gdl4j.grid.ImageAction;
import org.gdl4j.nn.Augmentations;
import org.gdl4j.nn.Batch;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Layer;
import org.gdl4j.nn.NativeThreads;
import org.gdl4j.nn.Perceptrons;
import org.gdl4j.nn.TrainingConfig;
import org.gdl4j.planar.Architectures;
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
 * One member-epoch of deep-ensemble training with full C4 augmentation, the cost of the emergent-equivariance
 * experiments: 1000 FashionMNIST-sized images {@code [1000, 1, 28, 28]} (random values), minibatches of 32
 * images × 4 rotations = 128 samples, Adam, float32; 32 steps per member-epoch. The reciprocal of the score
 * is member-epochs per second.
 *
 * <ul>
 *   <li>{@code MLP}: 784–256–10 ReLU, 203 530 parameters; a step costs {@code 6·128·(784·256 + 256·10)} ≈
 *       156 MFLOP (forward and backward), an epoch ≈ 5.0 GFLOP.</li>
 *   <li>{@code CNN}: {@code Architectures.cnn(1, 16, 10)} (three 3×3 convolutions with batch normalisation,
 *       two max pools, global mean, dense).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class EnsembleTrainingBenchmark {

    /** The member architecture. */
    @Param({"MLP", "CNN"})
    public String architecture;

    /** ND4J's native threads during training ({@link NativeThreads}); the process has 2. */
    @Param({"1", "2"})
    public int nativeThreads;

    private Batch train;
    private Layer network;
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
        network = architecture.equals("MLP") ? Perceptrons.onImages(1, 28, 28, 10, 256) : Architectures.cnn(1, 16, 10);
        List<CyclicElement> c4 = Groups.cyclic(4).elements();
        config = TrainingConfig.adam(1e-3).withBatchSize(32).withProgress(false)
                .withAugmentation(Augmentations.fullOrbit(c4, ImageAction.exactWherePossible()));
    }

    /** A fresh one-member ensemble per iteration, so every measured epoch starts from initialisation. */
    @Setup(Level.Iteration)
    public void member() {
        ensemble = Ensemble.initialize(network, Precision.FLOAT, Initialization.standard(7), 1, 1, 28, 28);
    }

    /**
     * Trains one member for one epoch.
     *
     * @return the final training loss, so the work is not eliminated
     */
    @Benchmark
    public double memberEpoch() {
        try (NativeThreads.Scope scope = NativeThreads.limit(nativeThreads)) {
            return EnsembleTrainer.fit(ensemble, train, config, BatchOrder.SHARED).finalTrainLoss()[0];
        }
    }
}
