package org.gdl4j.nn;

import org.nd4j.linalg.api.blas.Blas;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * How many threads ND4J's native operations (OpenMP) and its BLAS use, changed for a scope and restored after.
 *
 * <p>The thread count is set for the whole process at start-up ({@code OMP_NUM_THREADS}). For large
 * operations more threads help; for the many small operations of a small model's training step the cost of
 * waking the threads outweighs the work. Measured on 2 cores with ND4J 1.0.0-M2.1: a training step of an MLP
 * 784–256–10 on 128 samples took 21 ms with 2 native threads and 8.5 ms with 1; a CNN step
 * ({@code Architectures.cnn(1, 16, 10)}, 28×28) took 400 ms with 2 and 500 ms with 1. Wrap the training of
 * small models in
 * <pre>{@code try (NativeThreads.Scope single = NativeThreads.limit(1)) { … }}</pre>
 *
 * <p>The setting is global: do not run other ND4J work concurrently inside the scope.
 */
public final class NativeThreads {

    private NativeThreads() {
    }

    /** An open scope; closing it restores the previous thread counts. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** @return the number of threads ND4J's native operations use now */
    public static int current() {
        return ops().ompGetMaxThreads();
    }

    /**
     * Limits ND4J's native operations and its BLAS to {@code threads} threads until the scope closes.
     *
     * @param threads at least 1
     * @return the scope, to close with try-with-resources
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public static Scope limit(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("expected at least one native thread but got " + threads);
        }
        NativeOps ops = ops();
        Blas blas = Nd4j.factory().blas();
        int previousOmp = ops.ompGetMaxThreads();
        int previousBlas = blas.getMaxThreads();
        ops.setOmpNumThreads(threads);
        blas.setMaxThreads(threads);
        return () -> {
            ops.setOmpNumThreads(previousOmp);
            blas.setMaxThreads(previousBlas);
        };
    }

    private static NativeOps ops() {
        Nd4j.getBackend();
        return NativeOpsHolder.getInstance().getDeviceNativeOps();
    }
}
