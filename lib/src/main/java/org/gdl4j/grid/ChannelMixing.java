package org.gdl4j.grid;

import java.util.Optional;
import org.gdl4j.rep.Matrix;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How {@code ρ(g)} acts on the channels of each field: by a permutation (values copied, bit-exact) or by a
 * dense matrix product summed in double. Feature maps {@code [N, m·d, H, W]} are read as {@code m·N} blocks
 * of {@code d} channels of {@code P = H·W} pixels.
 */
final class ChannelMixing {

    private final int[] sources;
    private final double[][] matrix;

    private ChannelMixing(int[] sources, double[][] matrix) {
        this.sources = sources;
        this.matrix = matrix;
    }

    /** The permutation {@code out[c] = in[sources[c]]}, that is {@code ρ[c][sources[c]] = 1}. */
    static ChannelMixing permutation(int[] sources) {
        return new ChannelMixing(sources.clone(), null);
    }

    /** Mixing by {@code ρ(g)}, as a permutation when {@code ρ(g)} is a permutation matrix. */
    static ChannelMixing of(Matrix rho) {
        return permutationSources(rho).map(ChannelMixing::permutation)
                .orElseGet(() -> new ChannelMixing(null, rho.toArray()));
    }

    /**
     * The column of the single 1 in each row, if {@code rho} is a permutation matrix (entries exactly 0 and
     * 1, one 1 in every row and every column).
     */
    static Optional<int[]> permutationSources(Matrix rho) {
        int d = rho.rows();
        int[] sources = new int[d];
        boolean[] used = new boolean[d];
        for (int c = 0; c < d; c++) {
            sources[c] = -1;
            for (int k = 0; k < d; k++) {
                double v = rho.get(c, k);
                if (v == 1.0 && sources[c] < 0 && !used[k]) {
                    sources[c] = k;
                    used[k] = true;
                } else if (v != 0.0) {
                    return Optional.empty();
                }
            }
            if (sources[c] < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(sources);
    }

    /**
     * Mixes the channels of every field.
     *
     * <p>Shapes: {@code x [N, m·d, H, W]}, result {@code [N, m·d, H, W]}, same data type, fresh array.
     */
    INDArray apply(INDArray x) {
        int d = sources != null ? sources.length : matrix.length;
        int pixels = Math.toIntExact(x.size(2) * x.size(3));
        double[] in = FlatArrays.toDoubles(x);
        double[] out = new double[in.length];
        for (int block = 0; block < in.length; block += d * pixels) {
            for (int c = 0; c < d; c++) {
                int target = block + c * pixels;
                if (sources != null) {
                    System.arraycopy(in, block + sources[c] * pixels, out, target, pixels);
                } else {
                    addMixed(in, out, block, target, matrix[c], pixels);
                }
            }
        }
        return FlatArrays.fromDoubles(out, x.shape(), x.dataType());
    }

    private static void addMixed(double[] in, double[] out, int block, int target, double[] row, int pixels) {
        for (int k = 0; k < row.length; k++) {
            if (row[k] != 0.0) {
                for (int p = 0; p < pixels; p++) {
                    out[target + p] += row[k] * in[block + k * pixels + p];
                }
            }
        }
    }
}
