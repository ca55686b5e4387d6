package org.gdl4j.bench;

import java.util.concurrent.TimeUnit;

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
 * The machine's reference point for every other benchmark: a float32 matrix product, the best
 * throughput ND4J (OpenBLAS) reaches here. A product of two {@code n×n} matrices costs {@code 2n³} FLOP.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MatmulBaselineBenchmark {

    /** Matrix size of the product. */
    @Param({"256", "1024"})
    public int n;

    private INDArray a;
    private INDArray b;

    /** Allocates the random operands once per trial. */
    @Setup
    public void allocate() {
        Nd4j.getRandom().setSeed(7);
        a = Nd4j.rand(DataType.FLOAT, n, n);
        b = Nd4j.rand(DataType.FLOAT, n, n);
    }

    /** {@code n×n} times {@code n×n}, float32. */
    @Benchmark
    public INDArray matmul() {
        return a.mmul(b);
    }
}
