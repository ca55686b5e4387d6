package org.gdl4j.nn;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Runs an ND4J call with standard output silenced: ND4J 1.0.0-M2.1 prints one line per op the first time
 * it differentiates a graph. {@code System.out} is global, so calls are serialised.
 */
public final class QuietStdout {

    private static final Object LOCK = new Object();

    private QuietStdout() {
    }

    /**
     * Runs an action with standard output silenced.
     *
     * @param action the action
     * @param <T> its result type
     * @return its result
     */
    public static <T> T call(Supplier<T> action) {
        synchronized (LOCK) {
            PrintStream stdout = System.out;
            System.setOut(new PrintStream(PrintStream.nullOutputStream()));
            try {
                return action.get();
            } finally {
                System.setOut(stdout);
            }
        }
    }
}
