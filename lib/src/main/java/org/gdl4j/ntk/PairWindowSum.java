package org.gdl4j.ntk;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The window sum of a stride-1 {@code q×q} convolution on a planar pair kernel, with the window of the second
 * argument moved by a signed axis permutation {@code B}:
 * <pre>
 * S(M)[t, t'] = scale · Σ_{z ∈ {−h..h}²} M[t + z, t' + B z],   B z = z_row · u + z_col · v
 * </pre>
 * where {@code u} and {@code v} are the moves of {@code t'} for one step of the window along rows and columns
 * ({@code u = (1, 0)}, {@code v = (0, 1)} for a plain convolution; the C4 orbit operators use the rotated
 * moves). Entries outside the image count as zero (SAME); VALID keeps only the outputs whose windows lie
 * inside, which are exactly the interior entries of the SAME result.
 *
 * <p>Computed separably, rows then columns, on zero-padded copies of the {@code t'} planes: every window step
 * is one contiguous addition over a whole plane, which the JIT vectorises. Terms are added in increasing
 * window offset, and terms outside the image add exactly zero, so the result is bit-identical to summing only
 * the terms inside, and a pair of equal inputs gives the same diagonal as {@link ShiftedSum} on variances.
 *
 * <p>Shapes: {@code [H, W, H, W] → [H', W', H', W']} with {@code H' = H} (SAME) or {@code H − 2h} (VALID),
 * likewise {@code W'}. A rotated move ({@code u = (0, ±1)}) needs {@code H = W}.
 *
 * <p>The padded scratch planes ({@code 2·HW·(H+2h)(W+2h)} doubles per geometry) are kept per thread and
 * geometry and reused across instances, so building an instance per pair of images costs nothing.
 */
public final class PairWindowSum {

    /** Per thread: scratch planes by geometry; their borders are zero between calls. */
    private static final ThreadLocal<Map<Geometry, double[][]>> SCRATCH = ThreadLocal.withInitial(HashMap::new);

    private final int height;
    private final int width;
    private final int half;
    private final Padding padding;
    private final int rowMove;
    private final int columnMove;
    private final int paddedWidth;
    private final int planeSize;
    private final int firstInterior;
    private final int pastInterior;

    /**
     * A window sum for one geometry.
     *
     * @param height  {@code H}
     * @param width   {@code W}
     * @param half    {@code h ≥ 0}, the filter is {@code (2h+1)×(2h+1)}
     * @param padding SAME or VALID
     * @param rowMove {@code u = (u_row, u_col)}, one of {@code (±1, 0)}, {@code (0, ±1)}
     * @param colMove {@code v}, orthogonal to {@code u}, of the same form
     * @throws IllegalArgumentException for moves that are not a signed axis permutation, a rotated move on a
     *                                  non-square plane, or a VALID filter larger than the plane
     */
    public PairWindowSum(int height, int width, int half, Padding padding, int[] rowMove, int[] colMove) {
        this.padding = Objects.requireNonNull(padding, "padding");
        if (height < 1 || width < 1 || half < 0) {
            throw new IllegalArgumentException("expected a plane of at least 1×1 and h ≥ 0 but got " + height + "×"
                    + width + ", h = " + half);
        }
        padding.outputSize(height, half);
        padding.outputSize(width, half);
        requireAxisPermutation(rowMove, colMove);
        if (height != width && rowMove[1] != 0) {
            throw new IllegalArgumentException("expected a square plane for rotated window moves but got " + height
                    + "×" + width);
        }
        this.height = height;
        this.width = width;
        this.half = half;
        this.paddedWidth = width + 2 * half;
        this.planeSize = (height + 2 * half) * paddedWidth;
        this.rowMove = rowMove[0] * paddedWidth + rowMove[1];
        this.columnMove = colMove[0] * paddedWidth + colMove[1];
        this.firstInterior = half * paddedWidth + half;
        this.pastInterior = (height - 1 + half) * paddedWidth + width + half;
    }

    private record Geometry(int height, int width, int half) {
    }

    private double[][] scratch() {
        return SCRATCH.get().computeIfAbsent(new Geometry(height, width, half), g -> new double[][] {
            new double[height * width * planeSize], new double[height * width * planeSize], new double[planeSize]});
    }

    private static void requireAxisPermutation(int[] u, int[] v) {
        if (u.length != 2 || v.length != 2 || Math.abs(u[0]) + Math.abs(u[1]) != 1
                || Math.abs(v[0]) + Math.abs(v[1]) != 1 || u[0] * v[0] + u[1] * v[1] != 0) {
            throw new IllegalArgumentException("expected two orthogonal unit moves (±1, 0) / (0, ±1) but got "
                    + Arrays.toString(u) + " and " + Arrays.toString(v));
        }
    }

    /**
     * The number of entries of one output pair kernel, {@code (H'W')²}.
     *
     * @return the output length
     */
    public int outputLength() {
        int h = padding.outputSize(height, half);
        int w = padding.outputSize(width, half);
        return h * w * h * w;
    }

    /**
     * Writes {@code S(M)} for the pair kernel at {@code in[inOffset ...]} to {@code out[outOffset ...]}.
     *
     * @param in        holds {@code M [H, W, H, W]} from {@code inOffset}
     * @param inOffset  where {@code M} starts
     * @param scale     the factor applied to every sum, {@code 1/q²} for the averaging operator
     * @param out       receives {@link #outputLength()} entries from {@code outOffset}
     * @param outOffset where the result starts
     */
    public void apply(double[] in, int inOffset, double scale, double[] out, int outOffset) {
        double[][] buffers = scratch();
        double[] padded = buffers[0];
        double[] byRows = buffers[1];
        double[] plane = buffers[2];
        copyIntoPadded(in, inOffset, padded);
        sumAlongRows(padded, byRows);
        if (padding == Padding.SAME) {
            sumAlongColumns(byRows, plane, scale, out, outOffset, 0, height, 0, width);
        } else {
            sumAlongColumns(byRows, plane, scale, out, outOffset, half, height - half, half, width - half);
        }
    }

    private void copyIntoPadded(double[] in, int inOffset, double[] padded) {
        int planes = height * width;
        for (int p = 0; p < planes; p++) {
            int from = inOffset + p * planes;
            int to = p * planeSize + firstInterior;
            for (int r = 0; r < height; r++) {
                System.arraycopy(in, from + r * width, padded, to + r * paddedWidth, width);
            }
        }
    }

    /** {@code byRows[t, ·] = Σ_a padded[t + (a, 0), · + a u]} for every {@code t}, side borders re-zeroed. */
    private void sumAlongRows(double[] padded, double[] byRows) {
        for (int i0 = 0; i0 < height; i0++) {
            int from = Math.max(-half, -i0);
            int to = Math.min(half, height - 1 - i0);
            for (int i1 = 0; i1 < width; i1++) {
                int target = (i0 * width + i1) * planeSize;
                Arrays.fill(byRows, target + firstInterior, target + pastInterior, 0.0);
                for (int a = from; a <= to; a++) {
                    addShifted(padded, ((i0 + a) * width + i1) * planeSize + a * rowMove, byRows, target);
                }
                clearSideBorders(byRows, target);
            }
        }
    }

    /** Column pass for the outputs {@code t} in {@code [r0, r1) × [c0, c1)}, scaled into {@code out}. */
    private void sumAlongColumns(double[] byRows, double[] plane, double scale, double[] out, int outOffset,
            int r0, int r1, int c0, int c1) {
        int outWidth = c1 - c0;
        int o = outOffset;
        for (int i0 = r0; i0 < r1; i0++) {
            for (int i1 = c0; i1 < c1; i1++) {
                int from = Math.max(-half, -i1);
                int to = Math.min(half, width - 1 - i1);
                Arrays.fill(plane, firstInterior, pastInterior, 0.0);
                for (int a = from; a <= to; a++) {
                    addShifted(byRows, (i0 * width + i1 + a) * planeSize + a * columnMove, plane, 0);
                }
                for (int r = r0; r < r1; r++) {
                    int p = (r + half) * paddedWidth + half + c0;
                    for (int c = 0; c < outWidth; c++) {
                        out[o + c] = plane[p + c] * scale;
                    }
                    o += outWidth;
                }
            }
        }
    }

    /** {@code target[base + j] += source[shift + j]} over the interior span of a padded plane. */
    private void addShifted(double[] source, int shift, double[] target, int base) {
        int s = shift - base;
        for (int j = base + firstInterior; j < base + pastInterior; j++) {
            target[j] += source[j + s];
        }
    }

    /** Zeroes the {@code 2h} border entries between consecutive interior rows of one padded plane. */
    private void clearSideBorders(double[] planes, int base) {
        if (half == 0) {
            return;
        }
        for (int r = half; r < height - 1 + half; r++) {
            int from = base + r * paddedWidth + width + half;
            Arrays.fill(planes, from, from + 2 * half, 0.0);
        }
    }
}
