package org.gdl4j.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.gdl4j.ntk.Dense;
import org.gdl4j.ntk.Elementwise;
import org.gdl4j.ntk.Gram;
import org.gdl4j.ntk.GramMatrices;
import org.gdl4j.ntk.GramOptions;
import org.gdl4j.ntk.GroupPool;
import org.gdl4j.ntk.ImageSet;
import org.gdl4j.ntk.Initialization;
import org.gdl4j.ntk.KernelLayer;
import org.gdl4j.ntk.Padding;
import org.gdl4j.ntk.PlanarImage;
import org.gdl4j.ntk.ProgressDisplay;
import org.gdl4j.ntk.c4.C4Form;
import org.gdl4j.ntk.c4.GroupConv;
import org.gdl4j.ntk.c4.LiftingConv;
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
 * The symmetric Gram matrix of the C4 group NTK (lifting convolution and one group convolution, 3×3 SAME,
 * ReLU, group pooling, dense read-out) for {@code n} random {@code size×size} images, on all cores.
 *
 * <p>Per the cost model of the equivariant-NTK issue, divide the time by
 * {@code n(n+1)/2 pairs × 4 rotations × 2 layers × (H·W)²} for the time per elementary update (an
 * independent numpy implementation needs 35–60 ns for it on the development machine). Single-shot iterations
 * need about four warm-up calls before the JIT has compiled the vectorised loops of the kernel maps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(1)
public class GroupNtkGramBenchmark {

    /** Image side length. */
    @Param({"7", "14"})
    public int size;

    /** Number of images. */
    @Param({"50"})
    public int n;

    private KernelLayer network;
    private ImageSet images;
    private GramOptions options;

    /** Draws the images and builds the kernel network. */
    @Setup
    public void prepare() {
        Random random = new Random(71);
        List<PlanarImage> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[][] pixels = new double[size][size];
            for (double[] row : pixels) {
                for (int j = 0; j < size; j++) {
                    row[j] = random.nextGaussian();
                }
            }
            list.add(PlanarImage.grayscale(pixels));
        }
        images = new ImageSet(list);
        Initialization relu = Initialization.ntk(Math.sqrt(2), 0.0);
        network = KernelLayer.serial(new LiftingConv(8, 3, Padding.SAME, relu, C4Form.ORBIT), Elementwise.relu(),
                new GroupConv(8, 3, Padding.SAME, relu), Elementwise.relu(), new GroupPool(),
                new Dense(1, Initialization.ntk(1.0, 0.0)));
        options = new GramOptions(ProgressDisplay.NONE, Runtime.getRuntime().availableProcessors());
    }

    /** The {@code n×n} NNGP and NTK Gram matrices. */
    @Benchmark
    public GramMatrices symmetricGram() {
        return Gram.symmetric(network, images, options);
    }
}
