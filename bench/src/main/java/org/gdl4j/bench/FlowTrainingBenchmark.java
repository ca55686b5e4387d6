package org.gdl4j.bench;

import java.util.concurrent.TimeUnit;
import org.gdl4j.Precision;
import org.gdl4j.flow.Conditioner;
import org.gdl4j.flow.Flow;
import org.gdl4j.flow.FlowTrainer;
import org.gdl4j.flow.FlowTrainingConfig;
import org.gdl4j.flow.Flows;
import org.gdl4j.flow.ImageShape;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.NativeThreads;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Maximum-likelihood training of the counterfactual notebook's flow ({@code Flows.counterfactualFlow}: logit
 * pre-processing, 3 checkerboard affine couplings at 1×14×14, squeeze, 4 Glow steps at 4×7×7), float32, Adam,
 * gradient clipping 1.0: one epoch of 512 images in minibatches of 128 (4 steps). Images per second are
 * {@code 512 / score}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class FlowTrainingBenchmark {

    /**
     * The couplings' conditioner: {@code CONVOLUTIONAL} is {@code Flows.counterfactualFlow} (hidden 24 and 48,
     * 23 177 parameters); {@code DENSE} the same layout with dense conditioners of hidden width 64 on the
     * flattened 196-dimensional image ({@code Flows.checkerboardThenGlow(…, 64, 64, Conditioner.DENSE)}).
     */
    @Param({"CONVOLUTIONAL", "DENSE"})
    public Conditioner conditioner;

    /** ND4J's native threads during training. */
    @Param({"1", "2"})
    public int nativeThreads;

    private INDArray images;
    private Flow flow;
    private FlowTrainingConfig config;

    /** Builds the flow, initialises its ActNorms from the data and fixes the configuration. */
    @Setup
    public void build() {
        Nd4j.getRandom().setSeed(1);
        images = Nd4j.rand(DataType.FLOAT, 512, 1, 14, 14);
        ImageShape shape = new ImageShape(1, 14, 14);
        flow = Flow.build(conditioner == Conditioner.DENSE
                ? Flows.checkerboardThenGlow(shape, 3, 4, 64, 64, Conditioner.DENSE) : Flows.counterfactualFlow(shape),
                Precision.FLOAT, Initialization.standard(3));
        flow.initialize(images.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 128)));
        config = FlowTrainingConfig.adam(1e-3).withEpochs(1).withBatchSize(128).withGradientClipping(1.0)
                .withProgress(false);
    }

    /**
     * One epoch.
     *
     * @return the number of epochs recorded, so the work is not eliminated
     */
    @Benchmark
    public int epoch() {
        try (NativeThreads.Scope scope = NativeThreads.limit(nativeThreads)) {
            return FlowTrainer.fit(flow, images, config).size();
        }
    }
}
