package org.gdl4j.ntk;

/**
 * Sums of a four-axis array along one line of shifted indices, adding only the terms inside the array: the
 * direct reference that {@link PairWindowSum} (padded planes, fused loops) is tested against.
 *
 * <p>For an input of dims {@code [d0, d1, d2, d3]} and a direction {@code e ∈ {−1, 0, 1}⁴}:
 * <pre>
 * out[o] = Σ_{a = −h..h} in[o + off + a·e]       (entries outside the input count as zero)
 * </pre>
 * With {@link Padding#SAME} the output has the input dims and {@code off = 0}; with {@link Padding#VALID}
 * every axis with {@code e_k ≠ 0} shrinks by {@code 2h} and {@code off_k = h}, so nothing is outside.
 * Terms are added in increasing {@code a}, so equal inputs give bit-identical sums whichever axes carry them.
 * A planar pair kernel {@code [H, W, H, W]} with direction {@code (1, 0, 1, 0)} and then {@code (0, 1, 0, 1)}
 * gives {@code q²} times the convolution operator {@code A_q}.
 */
final class ShiftedSum {

    private ShiftedSum() {
    }

    /**
     * The output dims of {@link #along}.
     *
     * @param dims      input dims {@code [4]}
     * @param direction {@code e [4]}
     * @param half      {@code h ≥ 0}
     * @param padding   border handling
     * @return output dims {@code [4]}
     */
    static int[] outputDims(int[] dims, int[] direction, int half, Padding padding) {
        int[] out = new int[4];
        for (int k = 0; k < 4; k++) {
            out[k] = direction[k] == 0 ? dims[k] : padding.outputSize(dims[k], half);
        }
        return out;
    }

    /**
     * Sums {@code in} along the direction; see the class comment.
     *
     * <p>Shapes: {@code in [d0, d1, d2, d3]} row-major, result {@link #outputDims}.
     *
     * @param in        the input, not modified
     * @param dims      its dims
     * @param direction {@code e}, entries in {@code {−1, 0, 1}}
     * @param half      {@code h ≥ 0}
     * @param padding   border handling
     * @return a fresh array
     */
    static double[] along(double[] in, int[] dims, int[] direction, int half, Padding padding) {
        Window w = Window.of(dims, direction, half, padding);
        int[] od = w.outputDims();
        double[] out = new double[od[0] * od[1] * od[2] * od[3]];
        int o = 0;
        for (int i0 = 0; i0 < od[0]; i0++) {
            for (int i1 = 0; i1 < od[1]; i1++) {
                int lo01 = Math.max(w.lo()[0][i0], w.lo()[1][i1]);
                int hi01 = Math.min(w.hi()[0][i0], w.hi()[1][i1]);
                int base01 = w.base(0, i0) + w.base(1, i1);
                for (int i2 = 0; i2 < od[2]; i2++) {
                    int lo012 = Math.max(lo01, w.lo()[2][i2]);
                    int hi012 = Math.min(hi01, w.hi()[2][i2]);
                    int base012 = base01 + w.base(2, i2);
                    for (int i3 = 0; i3 < od[3]; i3++) {
                        out[o++] = lineSum(in, base012 + w.base(3, i3), w.step(),
                                Math.max(lo012, w.lo()[3][i3]), Math.min(hi012, w.hi()[3][i3]));
                    }
                }
            }
        }
        return out;
    }

    private static double lineSum(double[] in, int base, int step, int from, int to) {
        double sum = 0;
        for (int a = from; a <= to; a++) {
            sum += in[base + a * step];
        }
        return sum;
    }

    /**
     * Output dims, input strides and offsets, the flat step of one unit of {@code a}, and per axis and output
     * coordinate the range {@code lo..hi} of {@code a} that stays inside the input.
     */
    private record Window(int[] outputDims, int[] strides, int[] off, int step, int[][] lo, int[][] hi) {

        static Window of(int[] dims, int[] direction, int half, Padding padding) {
            int[] od = ShiftedSum.outputDims(dims, direction, half, padding);
            int[] strides = {dims[1] * dims[2] * dims[3], dims[2] * dims[3], dims[3], 1};
            int[] off = new int[4];
            int[][] lo = new int[4][];
            int[][] hi = new int[4][];
            int step = 0;
            for (int k = 0; k < 4; k++) {
                step += direction[k] * strides[k];
                off[k] = padding == Padding.VALID && direction[k] != 0 ? half : 0;
                lo[k] = new int[od[k]];
                hi[k] = new int[od[k]];
                bounds(dims[k], direction[k], half, off[k], lo[k], hi[k]);
            }
            return new Window(od, strides, off, step, lo, hi);
        }

        /** Flat input offset of output coordinate {@code c} on axis {@code k} at {@code a = 0}. */
        int base(int k, int c) {
            return (c + off[k]) * strides[k];
        }
    }

    /** The range of {@code a} keeping {@code c + off + a·e} inside {@code [0, size)}, per output coordinate. */
    private static void bounds(int size, int e, int half, int off, int[] lo, int[] hi) {
        for (int c = 0; c < lo.length; c++) {
            int at = c + off;
            lo[c] = -half;
            hi[c] = half;
            if (e == 1) {
                lo[c] = Math.max(-half, -at);
                hi[c] = Math.min(half, size - 1 - at);
            } else if (e == -1) {
                lo[c] = Math.max(-half, at - (size - 1));
                hi[c] = Math.min(half, at);
            }
        }
    }
}
