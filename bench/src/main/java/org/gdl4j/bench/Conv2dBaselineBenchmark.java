package org.gdl4j.bench;

import java.util.concurrent.TimeUnit;

import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A reference point for the planar layers: a float32 NCHW convolution of the size group convolutions
 * use, {@code [32, 16, 32, 32]} with a {@code [32, 16, 3, 3]} filter bank (OIYX, SAME), which costs
 * {@code 2·32·32·32·32·16·9 ≈ 302 MFLOP}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Conv2dBaselineBenchmark {

    private INDArray images;
    private INDArray filters;
    private Conv2DConfig config;

    /** Allocates the random operands once per trial. */
    @Setup
    public void allocate() {
        Nd4j.getRandom().setSeed(7);
        images = Nd4j.rand(DataType.FLOAT, 32, 16, 32, 32);
        filters = Nd4j.rand(DataType.FLOAT, 32, 16, 3, 3);
        config = Conv2DConfig.builder().kH(3).kW(3).sH(1).sW(1)
                .paddingMode(PaddingMode.SAME)
                .dataFormat(Conv2DConfig.NCHW)
                .weightsFormat(WeightsFormat.OIYX)
                .build();
    }

    /** {@code [32, 16, 32, 32]} convolved with {@code [32, 16, 3, 3]} (OIYX, SAME), float32. */
    @Benchmark
    public INDArray conv2d() {
        return Nd4j.cnn().conv2d(images, filters, config);
    }
}
