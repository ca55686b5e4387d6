package org.gdl4j.ntk;

/**
 * The domain after pooling or flattening: one position, the kernel is a scalar per pair of inputs.
 *
 * <p>Shapes: pair kernel {@code [1, 1, 1]}, variances {@code [1]}.
 */
public record PooledDomain() implements KernelDomain {

    @Override
    public int positions() {
        return 1;
    }

    @Override
    public int blocks() {
        return 1;
    }

    @Override
    public int featuresPerChannel() {
        return 1;
    }

    /**
     * A short description.
     *
     * @return {@code "pooled"}
     */
    @Override
    public String toString() {
        return "pooled";
    }
}
