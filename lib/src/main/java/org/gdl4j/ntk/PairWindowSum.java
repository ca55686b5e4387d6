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
 * <p>Computed separably, rows then columns, on zero-padded copies of the {@code t'} planes. For a fixed first
 * coordinate of {@code t} the planes of all second coordinates lie one after another, and a window step moves
 * every one of them by the same offset, so each pass is one fused loop over a whole row of planes (zero planes
 * pad the row for the column pass; the borders the loop writes are zeroed again). Terms are added in
 * increasing window offset, and terms outside the image add exactly zero, so the result equals, bit for bit up
 * to the sign of a zero, summing only the terms inside, and a pair of equal inputs gives the same diagonal as
 * {@link PlaneConvOperator#sumVariances} on variances.
 *
 * <p>Shapes: {@code [H, W, H, W] → [H', W', H', W']} with {@code H' = H} (SAME) or {@code H − 2h} (VALID),
 * likewise {@code W'}. A rotated move ({@code u = (0, ±1)}) needs {@code H = W}.
 *
 * <p>The padded scratch planes (about {@code 2·HW·(H+2h)(W+2h)} doubles per geometry) are kept per thread and
 * geometry and reused across instances, so building an instance per pair of images costs nothing.
 */
public final class PairWindowSum {

    /** Per thread: scratch planes by geometry; their borders are zero between calls. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

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
    /** Planes per row of the row-pass result: {@code W} plus {@code h} zero planes on each side. */
    private final int paddedRow;

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
        this.paddedRow = width + 2 * half;
    }

    private record Geometry(int height, int width, int half) {
    }

    /** The buffers of every geometry met on one thread, the last one at hand without a map lookup. */
    private static final class Scratch {
        private final Map<Geometry, double[][]> byGeometry = new HashMap<>();
        private Geometry last;
        private double[][] lastBuffers;
    }

    private double[][] scratch() {
        Scratch scratch = SCRATCH.get();
        Geometry last = scratch.last;
        if (last != null && last.height == height && last.width == width && last.half == half) {
            return scratch.lastBuffers;
        }
        Geometry geometry = new Geometry(height, width, half);
        double[][] buffers = scratch.byGeometry.computeIfAbsent(geometry, g -> new double[][] {
            new double[height * width * planeSize], new double[height * paddedRow * planeSize],
            new double[width * planeSize]});
        scratch.last = geometry;
        scratch.lastBuffers = buffers;
        return buffers;
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
        copyIntoPadded(in, inOffset, buffers[0]);
        sumPadded(buffers, scale, out, outOffset);
    }

    /**
     * Applies several window sums of one geometry to the same pair kernel (the C4 lifting's four rotated
     * windows), padding the input once.
     *
     * <p>Shapes: {@code M [H, W, H, W]} to {@code [k, H', W', H', W']} for {@code k} windows.
     *
     * @param windows window sums of equal {@code H}, {@code W}, {@code h} and padding
     * @param in      {@code M}, from index 0
     * @param scale   the factor applied to every sum
     * @param out     receives the results one after another, from index 0
     * @throws IllegalArgumentException if there are no windows or they differ in geometry
     */
    public static void applyEach(PairWindowSum[] windows, double[] in, double scale, double[] out) {
        if (windows.length == 0) {
            throw new IllegalArgumentException("expected at least one window sum");
        }
        PairWindowSum first = windows[0];
        for (PairWindowSum window : windows) {
            if (window.height != first.height || window.width != first.width || window.half != first.half
                    || window.padding != first.padding) {
                throw new IllegalArgumentException("expected window sums of one geometry");
            }
        }
        double[][] buffers = first.scratch();
        first.copyIntoPadded(in, 0, buffers[0]);
        int length = first.outputLength();
        for (int k = 0; k < windows.length; k++) {
            windows[k].sumPadded(buffers, scale, out, k * length);
        }
    }

    private void sumPadded(double[][] buffers, double scale, double[] out, int outOffset) {
        sumAlongRows(buffers[0], buffers[1]);
        if (padding == Padding.SAME) {
            sumAlongColumns(buffers[1], buffers[2], scale, out, outOffset, 0, height, 0, width);
        } else {
            sumAlongColumns(buffers[1], buffers[2], scale, out, outOffset, half, height - half, half, width - half);
        }
    }

    /** Copies every {@code t'} plane into the interior of its padded plane (rows too short for arraycopy). */
    private void copyIntoPadded(double[] in, int inOffset, double[] padded) {
        int planes = height * width;
        int from = inOffset;
        for (int p = 0; p < planes; p++) {
            int to = p * planeSize + firstInterior;
            for (int r = 0; r < height; r++, to += paddedWidth, from += width) {
                for (int c = 0; c < width; c++) {
                    padded[to + c] = in[from + c];
                }
            }
        }
    }

    /**
     * {@code byRows[t, ·] = Σ_a padded[t + (a, 0), · + a u]} for every {@code t}, one loop per first coordinate
     * of {@code t}; byRows holds {@code h} zero planes before and after each such row.
     */
    private void sumAlongRows(double[] padded, double[] byRows) {
        int step = width * planeSize + rowMove;
        int span = (width - 1) * planeSize + pastInterior - firstInterior;
        for (int i0 = 0; i0 < height; i0++) {
            int from = Math.max(-half, -i0);
            int to = Math.min(half, height - 1 - i0);
            int target = (i0 * paddedRow + half) * planeSize + firstInterior;
            int first = (i0 + from) * width * planeSize + from * rowMove + firstInterior;
            windowSum(padded, first, step, to - from + 1, byRows, target, span);
            for (int i1 = 0; i1 < width; i1++) {
                clearBorders(byRows, (i0 * paddedRow + half + i1) * planeSize, i1 < width - 1);
            }
        }
    }

    /** Column pass for the outputs {@code t} in {@code [r0, r1) × [c0, c1)}, scaled into {@code out}. */
    private void sumAlongColumns(double[] byRows, double[] planes, double scale, double[] out, int outOffset,
            int r0, int r1, int c0, int c1) {
        int outWidth = c1 - c0;
        int step = planeSize + columnMove;
        int span = (width - 1) * planeSize + pastInterior - firstInterior;
        int o = outOffset;
        for (int i0 = r0; i0 < r1; i0++) {
            int first = i0 * paddedRow * planeSize - half * columnMove + firstInterior;
            windowSum(byRows, first, step, 2 * half + 1, planes, firstInterior, span);
            for (int i1 = c0; i1 < c1; i1++) {
                int plane = i1 * planeSize;
                for (int r = r0; r < r1; r++) {
                    int p = plane + (r + half) * paddedWidth + half + c0;
                    for (int c = 0; c < outWidth; c++) {
                        out[o + c] = planes[p + c] * scale;
                    }
                    o += outWidth;
                }
            }
        }
    }

    /**
     * {@code target[start + j] = Σ_{k<count} source[first + k·step + j]} for {@code 0 ≤ j < span}, terms added in
     * increasing {@code k}; the common window lengths are one fused loop each.
     */
    private static void windowSum(double[] source, int first, int step, int count, double[] target, int start,
            int span) {
        int to = start + span;
        int s0 = first - start;
        int s1 = s0 + step;
        int s2 = s1 + step;
        if (count == 1) {
            System.arraycopy(source, first, target, start, span);
        } else if (count == 2) {
            for (int j = start; j < to; j++) {
                target[j] = source[j + s0] + source[j + s1];
            }
        } else {
            for (int j = start; j < to; j++) {
                target[j] = source[j + s0] + source[j + s1] + source[j + s2];
            }
            for (int k = 3; k < count; k++) {
                int sk = s0 + k * step;
                for (int j = start; j < to; j++) {
                    target[j] += source[j + sk];
                }
            }
        }
    }

    /**
     * Zeroes what a row loop wrote outside the interior of the padded plane at {@code base}: the {@code 2h}
     * entries between consecutive interior rows and, unless it is the last plane of its row, the run from the
     * end of its interior to the start of the next plane's interior.
     */
    private void clearBorders(double[] planes, int base, boolean beforeNextPlane) {
        int from = base + half * paddedWidth + width + half;
        for (int r = 0; r < height - 1; r++, from += paddedWidth) {
            for (int c = 0; c < 2 * half; c++) {
                planes[from + c] = 0.0;
            }
        }
        if (beforeNextPlane) {
            for (int j = base + pastInterior; j < base + planeSize + firstInterior; j++) {
                planes[j] = 0.0;
            }
        }
    }
}
