package org.gdl4j.bench;

import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_BIAS;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_WEIGHTS;
import static org.bytedeco.dnnl.global.dnnl.dnnl_a;
import static org.bytedeco.dnnl.global.dnnl.dnnl_convolution_direct;
import static org.bytedeco.dnnl.global.dnnl.dnnl_convolution_forward_desc_init;
import static org.bytedeco.dnnl.global.dnnl.dnnl_cpu;
import static org.bytedeco.dnnl.global.dnnl.dnnl_engine_create;
import static org.bytedeco.dnnl.global.dnnl.dnnl_engine_destroy;
import static org.bytedeco.dnnl.global.dnnl.dnnl_f32;
import static org.bytedeco.dnnl.global.dnnl.dnnl_format_tag_any;
import static org.bytedeco.dnnl.global.dnnl.dnnl_forward_training;
import static org.bytedeco.dnnl.global.dnnl.dnnl_memory_create;
import static org.bytedeco.dnnl.global.dnnl.dnnl_memory_desc_get_size;
import static org.bytedeco.dnnl.global.dnnl.dnnl_memory_desc_init_by_tag;
import static org.bytedeco.dnnl.global.dnnl.dnnl_memory_destroy;
import static org.bytedeco.dnnl.global.dnnl.dnnl_nchw;
import static org.bytedeco.dnnl.global.dnnl.dnnl_nhwc;
import static org.bytedeco.dnnl.global.dnnl.dnnl_primitive_create;
import static org.bytedeco.dnnl.global.dnnl.dnnl_primitive_desc_create;
import static org.bytedeco.dnnl.global.dnnl.dnnl_primitive_desc_destroy;
import static org.bytedeco.dnnl.global.dnnl.dnnl_primitive_desc_query;
import static org.bytedeco.dnnl.global.dnnl.dnnl_primitive_desc_query_md;
import static org.bytedeco.dnnl.global.dnnl.dnnl_primitive_destroy;
import static org.bytedeco.dnnl.global.dnnl.dnnl_primitive_execute;
import static org.bytedeco.dnnl.global.dnnl.dnnl_query_impl_info_str;
import static org.bytedeco.dnnl.global.dnnl.dnnl_query_weights_md;
import static org.bytedeco.dnnl.global.dnnl.dnnl_stream_create;
import static org.bytedeco.dnnl.global.dnnl.dnnl_stream_default_flags;
import static org.bytedeco.dnnl.global.dnnl.dnnl_stream_destroy;
import static org.bytedeco.dnnl.global.dnnl.dnnl_stream_wait;
import static org.bytedeco.dnnl.global.dnnl.dnnl_success;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bytedeco.dnnl.const_dnnl_op_desc_t;
import org.bytedeco.dnnl.dnnl_convolution_desc_t;
import org.bytedeco.dnnl.dnnl_engine;
import org.bytedeco.dnnl.dnnl_exec_arg_t;
import org.bytedeco.dnnl.dnnl_memory;
import org.bytedeco.dnnl.dnnl_memory_desc_t;
import org.bytedeco.dnnl.dnnl_primitive;
import org.bytedeco.dnnl.dnnl_primitive_desc;
import org.bytedeco.dnnl.dnnl_stream;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.PointerPointer;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The 64 → 64 convolution of {@link GroupConvolutionBenchmark} ({@code [32, 64, 28, 28]}, 3×3 SAME, float32,
 * ≈ 1.850 GFLOP) forward, run by oneDNN 2.5.2 called directly through its JavaCPP presets, with one primitive
 * created at set-up and kept between calls: what the convolution kernels cost without ND4J around them.
 *
 * <p>{@code layout} chooses how the maps lie in memory: {@code NHWC} (channels last, which oneDNN's direct
 * kernels read as they are) or {@code NCHW} (plain channels first, which oneDNN 2.5.2 convolves by a
 * GEMM-based method when asked to keep that layout). Filters are in the layout oneDNN chooses, reordered
 * once. Run with {@code environment/bench OneDnnConvolution}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OneDnnConvolutionBenchmark {

    /** The memory layout of input and output maps. */
    public enum MapLayout { NHWC, NCHW }

    @Param({"NHWC", "NCHW"})
    private MapLayout layout;

    private final List<dnnl_memory> memories = new ArrayList<>();
    private final List<FloatPointer> buffers = new ArrayList<>();
    private dnnl_engine engine;
    private dnnl_stream stream;
    private dnnl_primitive_desc descriptor;
    private dnnl_primitive convolution;
    private dnnl_exec_arg_t arguments;

    private static void check(int status, String call) {
        if (status != dnnl_success) {
            throw new IllegalStateException(call + " failed with oneDNN status " + status);
        }
    }

    private static dnnl_memory_desc_t describe(long[] dims, int tag) {
        dnnl_memory_desc_t md = new dnnl_memory_desc_t();
        check(dnnl_memory_desc_init_by_tag(md, dims.length, dims, dnnl_f32, tag), "dnnl_memory_desc_init_by_tag");
        return md;
    }

    /** Memory for {@code md}, filled with small deterministic values. */
    private dnnl_memory allocate(dnnl_memory_desc_t md) {
        long floats = dnnl_memory_desc_get_size(md) / Float.BYTES;
        FloatPointer data = new FloatPointer(floats);
        for (long i = 0; i < floats; i++) {
            data.put(i, (float) ((i * 7919 % 1000) / 1000.0 - 0.5) * 0.05f);
        }
        dnnl_memory memory = new dnnl_memory();
        check(dnnl_memory_create(memory, md, engine, data), "dnnl_memory_create");
        buffers.add(data);
        memories.add(memory);
        return memory;
    }

    /** Creates the engine, the convolution primitive and its operands. */
    @Setup
    public void setUp() {
        int n = GroupConvolutionBenchmark.BATCH;
        int c = GroupConvolutionBenchmark.CHANNELS;
        int size = GroupConvolutionBenchmark.SIZE;
        int k = GroupConvolutionBenchmark.K;
        engine = new dnnl_engine();
        check(dnnl_engine_create(engine, dnnl_cpu, 0), "dnnl_engine_create");
        stream = new dnnl_stream();
        check(dnnl_stream_create(stream, engine, dnnl_stream_default_flags), "dnnl_stream_create");
        int tag = layout == MapLayout.NHWC ? dnnl_nhwc : dnnl_nchw;
        dnnl_memory_desc_t src = describe(new long[] {n, c, size, size}, tag);
        dnnl_memory_desc_t weights = describe(new long[] {c, c, k, k}, dnnl_format_tag_any);
        dnnl_memory_desc_t bias = describe(new long[] {c}, dnnl_a);
        dnnl_memory_desc_t dst = describe(new long[] {n, c, size, size}, tag);
        dnnl_convolution_desc_t conv = new dnnl_convolution_desc_t();
        long[] pad = {k / 2, k / 2};
        check(dnnl_convolution_forward_desc_init(conv, dnnl_forward_training, dnnl_convolution_direct, src, weights,
                bias, dst, new long[] {1, 1}, pad, pad), "dnnl_convolution_forward_desc_init");
        descriptor = new dnnl_primitive_desc();
        check(dnnl_primitive_desc_create(descriptor, new const_dnnl_op_desc_t(conv), null, engine, null),
                "dnnl_primitive_desc_create");
        convolution = new dnnl_primitive();
        check(dnnl_primitive_create(convolution, descriptor), "dnnl_primitive_create");
        arguments = new dnnl_exec_arg_t(4);
        arguments.position(0).arg(DNNL_ARG_SRC).memory(allocate(src));
        arguments.position(1).arg(DNNL_ARG_WEIGHTS)
                .memory(allocate(dnnl_primitive_desc_query_md(descriptor, dnnl_query_weights_md, 0)));
        arguments.position(2).arg(DNNL_ARG_BIAS).memory(allocate(bias));
        arguments.position(3).arg(DNNL_ARG_DST).memory(allocate(dst));
        arguments.position(0);
        PointerPointer<BytePointer> implementation = new PointerPointer<>(1);
        check(dnnl_primitive_desc_query(descriptor, dnnl_query_impl_info_str, 0, implementation),
                "dnnl_primitive_desc_query");
        System.err.println("oneDNN implementation for " + layout + ": " + implementation.getString(0));
    }

    /** Releases the primitive, its operands, the stream and the engine. */
    @TearDown
    public void tearDown() {
        dnnl_primitive_destroy(convolution);
        dnnl_primitive_desc_destroy(descriptor);
        memories.forEach(m -> dnnl_memory_destroy(m));
        buffers.forEach(FloatPointer::close);
        dnnl_stream_destroy(stream);
        dnnl_engine_destroy(engine);
    }

    /** One forward convolution, waited for. */
    @Benchmark
    public void forward() {
        check(dnnl_primitive_execute(convolution, stream, 4, arguments), "dnnl_primitive_execute");
        check(dnnl_stream_wait(stream), "dnnl_stream_wait");
    }
}
