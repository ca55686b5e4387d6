package org.gdl4j.grid;

/**
 * The pixel maps behind {@link ImageAction}: where each output pixel of {@code g·x} reads from.
 *
 * <p>Output pixel {@code (i, j)} sits at {@code p = (j − cx, cy − i)} with {@code cx = (W−1)/2},
 * {@code cy = (H−1)/2}; it reads the input at {@code M⁻¹·p = Mᵀ·p} ({@code M} is orthogonal), that is at
 * column {@code cx + qx} and row {@code cy − qy}.
 */
final class PixelMaps {

    private PixelMaps() {
    }

    /**
     * The permutation for an integer orthogonal matrix {@code m} (entries in {−1, 0, 1}). Coordinates are
     * doubled ({@code X = 2j − (W−1)}, {@code Y = (H−1) − 2i}) so that odd and even sizes stay integral.
     */
    static PixelStencil permutation(int[][] m, int height, int width) {
        int[] source = new int[height * width];
        for (int i = 0; i < height; i++) {
            for (int j = 0; j < width; j++) {
                int x = 2 * j - (width - 1);
                int y = (height - 1) - 2 * i;
                int qx = m[0][0] * x + m[1][0] * y;
                int qy = m[0][1] * x + m[1][1] * y;
                int column = (qx + width - 1) / 2;
                int row = (height - 1 - qy) / 2;
                source[i * width + j] = row * width + column;
            }
        }
        return PixelStencil.permutation(height, width, source);
    }

    /** Bilinear interpolation at the source points, with zeros outside the image. */
    static PixelStencil bilinear(double[][] m, int height, int width) {
        int pixels = height * width;
        int[][] sources = new int[4][pixels];
        double[][] weights = new double[4][pixels];
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        for (int i = 0; i < height; i++) {
            for (int j = 0; j < width; j++) {
                double x = j - cx;
                double y = cy - i;
                double column = snap(cx + m[0][0] * x + m[1][0] * y);
                double row = snap(cy - (m[0][1] * x + m[1][1] * y));
                setTaps(sources, weights, i * width + j, row, column, height, width);
            }
        }
        return PixelStencil.weighted(height, width, sources, weights);
    }

    private static void setTaps(int[][] sources, double[][] weights, int pixel, double row, double column,
            int height, int width) {
        int r0 = (int) Math.floor(row);
        int c0 = (int) Math.floor(column);
        double fr = row - r0;
        double fc = column - c0;
        double[] w = {(1 - fr) * (1 - fc), (1 - fr) * fc, fr * (1 - fc), fr * fc};
        int[][] corners = {{r0, c0}, {r0, c0 + 1}, {r0 + 1, c0}, {r0 + 1, c0 + 1}};
        for (int t = 0; t < 4; t++) {
            int r = corners[t][0];
            int c = corners[t][1];
            boolean inside = r >= 0 && r < height && c >= 0 && c < width;
            sources[t][pixel] = inside ? r * width + c : PixelStencil.outside(height, width);
            weights[t][pixel] = inside ? w[t] : 0.0;
        }
    }

    /** Rounds a coordinate within {@link ImageAction#SNAP} of an integer to that integer. */
    private static double snap(double coordinate) {
        double nearest = Math.rint(coordinate);
        return Math.abs(coordinate - nearest) <= ImageAction.SNAP ? nearest : coordinate;
    }
}
