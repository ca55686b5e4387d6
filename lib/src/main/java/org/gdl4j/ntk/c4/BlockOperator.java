package org.gdl4j.ntk.c4;

import org.gdl4j.ntk.PairOperator;
import org.gdl4j.ntk.Padding;

/**
 * The averaging operators of the C4 lifting and group convolutions over all pairs of group elements, written
 * as the group recursion reads (the slow reference for {@link OrbitOperator}). With the product
 * {@code (t, r)·(y, s) = (t + R^r y, r + s)} and {@code S = {−h..h}²}:
 * <pre>
 * lifting:    A(K)[(t, r), (t', r')] = (1/q²)  Σ_{y ∈ S} K[t + R^r y, t' + R^{r'} y]
 * group conv: A(C)[(t, r), (t', r')] = (1/4q²) Σ_{y ∈ S} Σ_{s ∈ C4} C[(t + R^r y, r + s), (t' + R^{r'} y, r' + s)]
 * </pre>
 * with entries outside the grid zero. Variances use the same sums at equal elements, in the same order.
 *
 * <p>Shapes: lifting {@code [S², S²] → [4S'², 4S'²]}, group conv {@code [4S², 4S²] → [4S'², 4S'²]};
 * variances {@code [S²] → [4S'²]} and {@code [4S²] → [4S'²]}.
 */
final class BlockOperator implements PairOperator {

    private final int size;
    private final int outSize;
    private final int half;
    private final int offset;
    private final boolean lifting;
    private final double scale;
    private final C4BlockDomain out;

    BlockOperator(int size, int filterSize, Padding padding, boolean lifting) {
        this.size = size;
        this.half = (filterSize - 1) / 2;
        this.outSize = padding.outputSize(size, half);
        this.offset = padding == Padding.VALID ? half : 0;
        this.lifting = lifting;
        int terms = filterSize * filterSize * (lifting ? 1 : C4Geometry.ORDER);
        this.scale = 1.0 / terms;
        this.out = new C4BlockDomain(outSize);
    }

    @Override
    public C4BlockDomain outputDomain() {
        return out;
    }

    @Override
    public double[] pair(double[] pair) {
        int n = out.positions();
        double[] result = new double[n * n];
        for (int g = 0; g < n; g++) {
            for (int h = 0; h < n; h++) {
                result[g * n + h] = sum(pair, g, h, false) * scale;
            }
        }
        return result;
    }

    @Override
    public double[] variances(double[] variances) {
        int n = out.positions();
        double[] result = new double[n];
        for (int g = 0; g < n; g++) {
            result[g] = sum(variances, g, g, true) * scale;
        }
        return result;
    }

    /** The window sum for output elements {@code g}, {@code h}; on variances when {@code diagonal}. */
    private double sum(double[] in, int g, int h, boolean diagonal) {
        int area = outSize * outSize;
        int r1 = g / area;
        int i1 = g % area / outSize + offset;
        int j1 = g % outSize + offset;
        int r2 = h / area;
        int i2 = h % area / outSize + offset;
        int j2 = h % outSize + offset;
        int rotations = lifting ? 1 : C4Geometry.ORDER;
        int inPositions = lifting ? size * size : C4Geometry.ORDER * size * size;
        double sum = 0;
        for (int a = -half; a <= half; a++) {
            for (int b = -half; b <= half; b++) {
                int u = pixel(i1 + C4Geometry.rotatedRow(r1, a, b), j1 + C4Geometry.rotatedColumn(r1, a, b));
                int v = pixel(i2 + C4Geometry.rotatedRow(r2, a, b), j2 + C4Geometry.rotatedColumn(r2, a, b));
                if (u < 0 || v < 0) {
                    continue;
                }
                for (int s = 0; s < rotations; s++) {
                    int p = lifting ? u : ((r1 + s) % C4Geometry.ORDER) * size * size + u;
                    int q = lifting ? v : ((r2 + s) % C4Geometry.ORDER) * size * size + v;
                    sum += diagonal ? in[p] : in[p * inPositions + q];
                }
            }
        }
        return sum;
    }

    /** The index {@code i·S + j} of an input pixel, or −1 outside the grid. */
    private int pixel(int i, int j) {
        return i < 0 || j < 0 || i >= size || j >= size ? -1 : i * size + j;
    }
}
