package org.gdl4j.ntk;

import java.util.Objects;

/**
 * The averaging operator of a stride-1 {@code q×q} convolution on planar pair kernels:
 * <pre>
 * A_q(M)[t, t'] = (1/q²) Σ_{y ∈ {−h..h}²} M[t + y, t' + y]
 * </pre>
 * with entries outside the image zero and the prefactor {@code 1/q²} also at the border (SAME), or only
 * interior positions (VALID). Computed separably, rows then columns: {@code 2q} additions per entry
 * (see {@link PairWindowSum}).
 *
 * <p>Shapes: pair {@code [H, W, H, W] → [H', W', H', W']}, variances {@code [H, W] → [H', W']}.
 */
public final class PlaneConvOperator implements PairOperator {

    private final PlaneDomain in;
    private final PlaneDomain out;
    private final int half;
    private final double scale;
    private final Padding padding;
    private final PairWindowSum window;

    /**
     * An operator for one input size.
     *
     * @param in         the input plane
     * @param filterSize odd {@code q ≥ 1}
     * @param padding    SAME or VALID
     * @throws IllegalArgumentException if {@code q} is even or below 1, or VALID does not fit
     */
    public PlaneConvOperator(PlaneDomain in, int filterSize, Padding padding) {
        this.in = Objects.requireNonNull(in, "in");
        this.padding = Objects.requireNonNull(padding, "padding");
        this.half = Conv.halfWidth(filterSize);
        this.scale = 1.0 / ((double) filterSize * filterSize);
        this.out = new PlaneDomain(padding.outputSize(in.height(), half), padding.outputSize(in.width(), half));
        this.window = new PairWindowSum(in.height(), in.width(), half, padding, new int[] {1, 0}, new int[] {0, 1});
    }

    @Override
    public PlaneDomain outputDomain() {
        return out;
    }

    @Override
    public double[] pair(double[] pair) {
        double[] result = new double[window.outputLength()];
        window.apply(pair, 0, scale, result, 0);
        return result;
    }

    @Override
    public double[] variances(double[] variances) {
        return scaled(sumVariances(variances, in, half, padding));
    }

    /**
     * Unscaled {@code Σ_y D[t + y]} over a {@code q×q} window, rows then columns, in the summation order of
     * {@link #pair}'s diagonal.
     *
     * <p>Shapes: {@code [H, W] → [H', W']}.
     *
     * @param variances {@code D}
     * @param plane     its plane
     * @param half      {@code h}
     * @param padding   border handling
     * @return a fresh array of window sums
     */
    public static double[] sumVariances(double[] variances, PlaneDomain plane, int half, Padding padding) {
        int height = plane.height();
        int width = plane.width();
        int outHeight = padding.outputSize(height, half);
        int outWidth = padding.outputSize(width, half);
        int off = padding == Padding.VALID ? half : 0;
        double[] byRows = new double[outHeight * width];
        for (int r = 0; r < outHeight; r++) {
            int centre = r + off;
            for (int c = 0; c < width; c++) {
                double sum = 0;
                for (int a = Math.max(-half, -centre); a <= Math.min(half, height - 1 - centre); a++) {
                    sum += variances[(centre + a) * width + c];
                }
                byRows[r * width + c] = sum;
            }
        }
        double[] sums = new double[outHeight * outWidth];
        for (int r = 0; r < outHeight; r++) {
            for (int c = 0; c < outWidth; c++) {
                int centre = c + off;
                double sum = 0;
                for (int a = Math.max(-half, -centre); a <= Math.min(half, width - 1 - centre); a++) {
                    sum += byRows[r * width + centre + a];
                }
                sums[r * outWidth + c] = sum;
            }
        }
        return sums;
    }

    private double[] scaled(double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] *= scale;
        }
        return values;
    }
}
