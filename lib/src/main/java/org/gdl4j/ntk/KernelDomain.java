package org.gdl4j.ntk;

/**
 * The index set of a feature map as seen by a kernel: which positions one input has and how the kernel of a
 * pair of inputs is stored over pairs of positions.
 *
 * <p>A kernel between inputs {@code x} and {@code x'} is stored as a flat row-major array of shape
 * {@code [B, n, n]} with {@code n = }{@link #positions()} and {@code B = }{@link #blocks()}: entry
 * {@code (b, p, p')} sits at {@code (b·n + p)·n + p'}. For planar feature maps {@code n = H·W},
 * {@code B = 1} and {@code p = i·W + j} (row {@code i}, column {@code j}). Group domains may store the
 * kernel compressed into several blocks (the C4 orbit form uses {@code B = 4}). Block 0 always holds the
 * kernel between equal group elements, so {@link #diagonal(double[])} reads the variances there.
 *
 * <p>Implementations are immutable values; new groups add their own domains next to the planar ones.
 */
public interface KernelDomain {

    /**
     * Positions of one input, {@code n}.
     *
     * @return {@code n ≥ 1}
     */
    int positions();

    /**
     * Blocks of the stored pair kernel, {@code B}.
     *
     * @return {@code B ≥ 1}
     */
    int blocks();

    /**
     * Features per channel of a finite network on this domain: {@code H·W} for an image, {@code |G|·H·W}
     * for a map on a group, 1 after pooling. Used as the fan-in factor of a dense layer after
     * {@link Flatten} in the standard parameterisation.
     *
     * @return the number of features per channel
     */
    int featuresPerChannel();

    /**
     * Length of the stored pair kernel, {@code B·n·n}.
     *
     * @return {@code blocks() · positions()²}
     */
    default int pairSize() {
        return blocks() * positions() * positions();
    }

    /**
     * The kernel between equal positions: entries {@code (0, p, p)} of a pair array.
     *
     * <p>Shapes: {@code pair [B, n, n]}, result {@code [n]}.
     *
     * @param pair a pair kernel on this domain
     * @return a fresh array of the diagonal entries
     * @throws IllegalArgumentException if {@code pair.length != pairSize()}
     */
    default double[] diagonal(double[] pair) {
        if (pair.length != pairSize()) {
            throw new IllegalArgumentException("expected a pair kernel of " + pairSize() + " entries on " + this
                    + " but got " + pair.length);
        }
        int n = positions();
        double[] out = new double[n];
        for (int p = 0; p < n; p++) {
            out[p] = pair[p * n + p];
        }
        return out;
    }
}
