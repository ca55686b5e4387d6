package org.gdl4j.notebook;

import java.io.PrintStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Extracts ND4J's native libraries into the JavaCPP cache and initialises the backend once, so that
 * the first notebook cell does not pay for it. The environment's setup runs it after installing the
 * Jupyter kernel; it prints the backend, whether its natives are the oneDNN build, the number of OpenMP
 * threads and the time taken.
 */
public final class NativeWarmup {

    private NativeWarmup() {
    }

    /**
     * Initialises the ND4J backend and runs one matrix product.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        report(System.out);
    }

    /**
     * Initialises the backend, multiplies two 64×64 matrices and writes one line describing the backend
     * to {@code out}.
     *
     * @param out where the description goes
     * @return the seconds the initialisation and the product took
     */
    public static double report(PrintStream out) {
        long start = System.nanoTime();
        INDArray a = Nd4j.rand(DataType.FLOAT, 64, 64);
        double sum = a.mmul(a).sumNumber().doubleValue();
        if (!Double.isFinite(sum)) {
            throw new IllegalStateException("ND4J's warm-up product is not finite: " + sum);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("ND4J backend %s (%s natives), %d OpenMP threads, ready in %.1f s%n",
                Nd4j.getBackend().getClass().getSimpleName(), nativesFlavour(),
                Nd4j.getEnvironment().maxThreads(), seconds);
        return seconds;
    }

    /** {@code "oneDNN"} when the loaded natives were built with oneDNN, {@code "default"} otherwise. */
    static String nativesFlavour() {
        String build = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo();
        return build != null && build.contains("HAVE_ONEDNN") ? "oneDNN" : "default";
    }
}
