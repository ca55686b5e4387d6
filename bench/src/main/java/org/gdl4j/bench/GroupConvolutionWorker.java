package org.gdl4j.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The calls of {@link GroupConvolutionBenchmark}, timed on request, so that another process can interleave
 * its own timings of the same computation with them on one machine ({@code environment/bench-paired} drives it
 * from {@code environment/bench-torch.py --paired}).
 *
 * <p>Protocol, one line each way: after set-up the worker prints {@code ready <natives>}; each request
 * {@code <benchmark> <calls>} (a benchmark method name as JMH reports it, e.g. {@code groupForward}, and a
 * positive count) is answered by the wall time of every call in milliseconds, separated by spaces, or by
 * {@code error <message>}; an empty line or the end of input ends the worker. While it waits for a request
 * the worker runs nothing, and ND4J's threads sleep (with {@code OMP_WAIT_POLICY=passive}).
 */
public final class GroupConvolutionWorker {

    /** The benchmark methods the worker times, by their JMH names. */
    enum Call {
        GROUP_FORWARD("groupForward", GroupConvolutionBenchmark::groupForward),
        GROUP_FORWARD_BACKWARD("groupForwardBackward", GroupConvolutionBenchmark::groupForwardBackward),
        GROUP_FORWARD_CHANNELS_LAST("groupForwardChannelsLast", GroupConvolutionBenchmark::groupForwardChannelsLast),
        GROUP_FORWARD_BACKWARD_CHANNELS_LAST("groupForwardBackwardChannelsLast",
                GroupConvolutionBenchmark::groupForwardBackwardChannelsLast),
        CONV_FORWARD("convForward", GroupConvolutionBenchmark::convForward),
        CONV_FORWARD_BACKWARD("convForwardBackward", GroupConvolutionBenchmark::convForwardBackward),
        EAGER_CONV_FORWARD("eagerConvForward", GroupConvolutionBenchmark::eagerConvForward),
        EAGER_CONV_FORWARD_BACKWARD("eagerConvForwardBackward", GroupConvolutionBenchmark::eagerConvForwardBackward);

        private final String benchmark;
        private final Consumer<GroupConvolutionBenchmark> method;

        Call(String benchmark, Consumer<GroupConvolutionBenchmark> method) {
            this.benchmark = benchmark;
            this.method = method;
        }

        /** The call named as the JMH benchmark method {@code name}. */
        static Call named(String name) {
            return Arrays.stream(values()).filter(c -> c.benchmark.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("expected one of "
                            + Arrays.stream(values()).map(c -> c.benchmark).toList() + ", got '" + name + "'"));
        }
    }

    private GroupConvolutionWorker() {
    }

    /** Sets the benchmark up, then answers requests from standard input until an empty line or its end. */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err); // ND4J's and SameDiff's messages must not mix with the answers
        GroupConvolutionBenchmark state = new GroupConvolutionBenchmark();
        state.setUp();
        out.println("ready " + natives());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.isBlank(); line = in.readLine()) {
            out.println(answer(state, line.trim()));
        }
    }

    private static String answer(GroupConvolutionBenchmark state, String request) {
        String[] parts = request.split("\\s+");
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected '<benchmark> <calls>', got '" + request + "'");
            }
            return timesMs(Call.named(parts[0]), calls(parts[1]), state);
        } catch (IllegalArgumentException e) {
            return "error " + e.getMessage();
        }
    }

    private static int calls(String count) {
        try {
            int calls = Integer.parseInt(count);
            if (calls < 1) {
                throw new IllegalArgumentException("expected a positive number of calls, got " + calls);
            }
            return calls;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a positive number of calls, got '" + count + "'", e);
        }
    }

    private static String timesMs(Call call, int calls, GroupConvolutionBenchmark state) {
        StringJoiner times = new StringJoiner(" ");
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            call.method.accept(state);
            times.add(String.format(Locale.ROOT, "%.4f", (System.nanoTime() - start) / 1e6));
        }
        return times.toString();
    }

    private static String natives() {
        String build = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo();
        String extension = System.getProperty("org.bytedeco.javacpp.platform.extension", "");
        return "linux-x86_64" + extension + (build.contains("HAVE_ONEDNN") ? " (oneDNN)" : "")
                + ", " + Nd4j.getEnvironment().maxThreads() + " threads";
    }
}
