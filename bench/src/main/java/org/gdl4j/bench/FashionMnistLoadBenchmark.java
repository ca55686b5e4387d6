package org.gdl4j.bench;

import java.util.concurrent.TimeUnit;
import org.gdl4j.data.FashionMnist;
import org.gdl4j.data.LabeledImages;
import org.gdl4j.data.Split;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading FashionMNIST's test split (10 000 gzipped 28×28 images and their labels, 7.8 MB of pixels)
 * into an ND4J array {@code [10000, 1, 28, 28]} in [0, 1]: gzip inflation, IDX parsing, scaling and the
 * validation pass. The reference point is the machine's gzip inflation alone ({@code zcat} of the same
 * file), which bounds how fast any loader of the gzipped files can be.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FashionMnistLoadBenchmark {

    /** The whole test split, from the default folder (Debian's dataset-fashion-mnist or GDL4J_DATA). */
    @Benchmark
    public LabeledImages loadTestSplit() {
        return FashionMnist.load(Split.TEST);
    }
}
