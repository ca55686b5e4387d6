package org.gdl4j.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gdl4j.Precision;
import org.gdl4j.group.Groups;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.GeometricTensor;
import org.gdl4j.nn.Gradients;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Layout;
import org.gdl4j.nn.NetworkGraph;
import org.gdl4j.planar.GroupConvolution;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Conv2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
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
 * A C4 group convolution between regular fields and the plain convolution of the same size, float32:
 * input {@code [32, 64, 28, 28]} (16 regular C4 fields), output 16 fields {@code [32, 64, 28, 28]}, 3×3 SAME.
 *
 * <p>Both run one {@code conv2d} of 64 → 64 channels, which costs {@code 2·N·C_out·C_in·k²·H·W =
 * 2·32·64·64·9·28·28 ≈ 1.850 GFLOP} forward; forward + backward (gradients of the input and of the filters)
 * costs three times that, ≈ 5.549 GFLOP. The group convolution adds the expansion of its free filters
 * {@code [16, 16, 4, 3, 3]} into the {@code [64, 64, 3, 3]} bank, a {@code [256, 36] × [36, 144]} product
 * (≈ 2.7 MFLOP). Backward passes start from the loss {@code sum(output)} and return the gradients of the input,
 * the filters and the bias.
 *
 * <p>The group convolution also runs on channels-last maps ({@code [32, 28, 28, 64]}, as inside a
 * {@code Sequential} in {@code Layout.CHANNELS_LAST}), which ND4J's oneDNN natives convolve without
 * rearranging input and output.
 *
 * <p>SameDiff graphs are built, and their gradient functions created, once per trial; the benchmarks measure
 * execution only. Sample-time mode, so that the median (p0.50) of single calls can be read past the
 * interference of a shared machine. Run with
 * {@code ND4J_VARIANT=onednn-avx2 environment/bench GroupConvolution} for ND4J's oneDNN build of its natives
 * (about ten times faster here than the default build, whose convolutions spend their time in im2col, col2im
 * and layout copies rather than in GEMM), then {@code environment/bench-torch.py build/bench/results.json}
 * for PyTorch's times and the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GroupConvolutionBenchmark {

    /** Batch size {@code N}. */
    public static final int BATCH = 32;
    /** Regular C4 fields in and out. */
    public static final int FIELDS = 16;
    /** Channels in and out, {@code FIELDS·|C4|}. */
    public static final int CHANNELS = FIELDS * 4;
    /** Height and width. */
    public static final int SIZE = 28;
    /** Filter size. */
    public static final int K = 3;

    private static final String INPUT = "input";

    private Map<String, INDArray> feed;
    private GroupGraph group;
    private GroupGraph groupChannelsLast;
    private SameDiff plain;
    private String plainOutput;
    private String[] plainWrt;

    private INDArray images;
    private INDArray filters;
    private INDArray bias;
    private Conv2DConfig config;
    private int[] backwardArguments;
    private INDArray upstream;
    private INDArray[] gradients;

    /** Builds both graphs and their gradient functions, and allocates the eager operands. */
    @Setup
    public void setUp() {
        Nd4j.getRandom().setSeed(7);
        images = Nd4j.rand(DataType.FLOAT, BATCH, CHANNELS, SIZE, SIZE);
        feed = Map.of(INPUT, images);
        config = Conv2DConfig.builder().kH(K).kW(K).sH(1).sW(1)
                .paddingMode(PaddingMode.SAME)
                .dataFormat(Conv2DConfig.NCHW)
                .weightsFormat(WeightsFormat.YXIO)
                .build();
        filters = Nd4j.rand(DataType.FLOAT, K, K, CHANNELS, CHANNELS).subi(0.5).divi(CHANNELS * K);
        bias = Nd4j.rand(DataType.FLOAT, CHANNELS);
        group = GroupGraph.build(Layout.CHANNELS_FIRST, images);
        groupChannelsLast = GroupGraph.build(Layout.CHANNELS_LAST, images.permute(0, 2, 3, 1).dup('c'));
        buildPlainGraph();
        prepareEager();
        System.err.println("ND4J native build: " + NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo()
                .replace('\n', ' ') + "; maxThreads " + Nd4j.getEnvironment().maxThreads());
    }

    /** A group convolution layer's graph on maps in one layout, its feed, output and gradient variables. */
    private record GroupGraph(SameDiff sd, Map<String, INDArray> feed, String output, String[] wrt) {

        static GroupGraph build(Layout layout, INDArray maps) {
            SameDiff sd = SameDiff.create();
            NetworkGraph graph = new NetworkGraph(sd, Precision.FLOAT, Initialization.standard(7));
            FieldType in = FieldType.regular(Groups.cyclic(4), FIELDS);
            GroupConvolution layer = GroupConvolution.of(in, FIELDS, K);
            SDVariable input = sd.placeHolder(INPUT, DataType.FLOAT, layout.mapShape(-1, CHANNELS, SIZE, SIZE));
            SDVariable out = layer.define(graph, new GeometricTensor(input, in, layout)).value();
            out.sum().markAsLoss();
            List<String> wrt = new ArrayList<>(List.of(INPUT));
            wrt.addAll(graph.parameters().keySet());
            Map<String, INDArray> feed = Map.of(INPUT, maps);
            String[] variables = wrt.toArray(String[]::new);
            Gradients.of(sd, feed, variables);
            return new GroupGraph(sd, feed, out.name(), variables);
        }

        Map<String, INDArray> forward() {
            return sd.output(feed, output);
        }

        Map<String, INDArray> forwardBackward() {
            return sd.calculateGradients(feed, wrt);
        }
    }

    private void buildPlainGraph() {
        plain = SameDiff.create();
        SDVariable input = plain.placeHolder(INPUT, DataType.FLOAT, -1, CHANNELS, SIZE, SIZE);
        SDVariable weight = plain.var("weight", filters.dup());
        SDVariable b = plain.var("bias", bias.dup());
        SDVariable out = plain.cnn().conv2d(input, weight, b, config);
        out.sum().markAsLoss();
        plainOutput = out.name();
        plainWrt = new String[] {INPUT, "weight", "bias"};
        Gradients.of(plain, feed, plainWrt);
    }

    private void prepareEager() {
        INDArray out = Nd4j.cnn().conv2d(images, filters, bias, config);
        upstream = Nd4j.onesLike(out);
        backwardArguments = Arrays.stream(new Conv2D(new INDArray[] {images, filters, bias}, null, config).iArgs())
                .mapToInt(Math::toIntExact).toArray();
        gradients = new INDArray[] {images.ulike(), filters.ulike(), bias.ulike()};
    }

    /** The gdl4j C4 group convolution, forward. */
    @Benchmark
    public Map<String, INDArray> groupForward() {
        return group.forward();
    }

    /** The gdl4j C4 group convolution, forward and backward to the input, free filters and bias. */
    @Benchmark
    public Map<String, INDArray> groupForwardBackward() {
        return group.forwardBackward();
    }

    /** The C4 group convolution on channels-last maps {@code [32, 28, 28, 64]}, forward. */
    @Benchmark
    public Map<String, INDArray> groupForwardChannelsLast() {
        return groupChannelsLast.forward();
    }

    /** The C4 group convolution on channels-last maps, forward and backward. */
    @Benchmark
    public Map<String, INDArray> groupForwardBackwardChannelsLast() {
        return groupChannelsLast.forwardBackward();
    }

    /** The plain 64 → 64 conv2d as a SameDiff graph, forward. */
    @Benchmark
    public Map<String, INDArray> convForward() {
        return plain.output(feed, plainOutput);
    }

    /** The plain conv2d as a SameDiff graph, forward and backward to the input, filters and bias. */
    @Benchmark
    public Map<String, INDArray> convForwardBackward() {
        return plain.calculateGradients(feed, plainWrt);
    }

    /** The plain conv2d as one eager op. */
    @Benchmark
    public INDArray eagerConvForward() {
        return Nd4j.cnn().conv2d(images, filters, bias, config);
    }

    /** The plain conv2d as eager ops: {@code conv2d}, then {@code conv2d_bp} from an all-ones upstream gradient. */
    @Benchmark
    public INDArray[] eagerConvForwardBackward() {
        Nd4j.cnn().conv2d(images, filters, bias, config);
        Nd4j.exec(DynamicCustomOp.builder("conv2d_bp")
                .addInputs(images, filters, bias, upstream)
                .addOutputs(gradients)
                .addIntegerArguments(backwardArguments)
                .build());
        return gradients;
    }
}
