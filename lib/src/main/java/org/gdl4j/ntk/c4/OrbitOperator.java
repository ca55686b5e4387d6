package org.gdl4j.ntk.c4;

import org.gdl4j.ntk.PairOperator;
import org.gdl4j.ntk.PairWindowSum;
import org.gdl4j.ntk.Padding;
import org.gdl4j.ntk.PlaneConvOperator;
import org.gdl4j.ntk.PlaneDomain;

/**
 * The averaging operators of the C4 lifting and group convolutions in the reduced orbit form:
 * <pre>
 * A_d(M)[t, t'] = (1/q²) Σ_{z ∈ {−h..h}²} M[t + z, t' + R^d z]
 * lifting:     K̃_d = A_d(K)       for d = 0..3, from one planar kernel K
 * group conv:  K̃_d = A_d(C̃_d)    block by block
 * </pre>
 * The group convolution's sum over the four filter rotations {@code s} has four equal terms, which cancel its
 * extra factor 1/4. {@code A_d} is separable: the row offset couples the row of {@code t} with the axis of
 * {@code t'} that {@code R^d} maps rows to, then likewise for columns. {@code A_0} is the CNN operator, so
 * block 0 is the CNN kernel.
 *
 * <p>Shapes: lifting {@code [S², S²] → [4, S'², S'²]}, group conv {@code [4, S², S²] → [4, S'², S'²]},
 * variances {@code [S²] → [S'²]}; {@code S' = S} (SAME) or {@code S − q + 1} (VALID).
 */
final class OrbitOperator implements PairOperator {

    private final PlaneDomain plane;
    private final C4OrbitDomain out;
    private final int half;
    private final double scale;
    private final Padding padding;
    private final boolean lifting;
    private final PairWindowSum[] windows = new PairWindowSum[C4Geometry.ORDER];

    OrbitOperator(int size, int filterSize, Padding padding, boolean lifting) {
        this.plane = new PlaneDomain(size, size);
        this.half = (filterSize - 1) / 2;
        this.scale = 1.0 / ((double) filterSize * filterSize);
        this.padding = padding;
        this.lifting = lifting;
        this.out = new C4OrbitDomain(padding.outputSize(size, half));
        for (int d = 0; d < C4Geometry.ORDER; d++) {
            int[] rowMove = {C4Geometry.rotatedRow(d, 1, 0), C4Geometry.rotatedColumn(d, 1, 0)};
            int[] columnMove = {C4Geometry.rotatedRow(d, 0, 1), C4Geometry.rotatedColumn(d, 0, 1)};
            windows[d] = new PairWindowSum(size, size, half, padding, rowMove, columnMove);
        }
    }

    @Override
    public C4OrbitDomain outputDomain() {
        return out;
    }

    @Override
    public double[] pair(double[] pair) {
        int n = plane.positions();
        int m = out.positions();
        double[] result = new double[C4Geometry.ORDER * m * m];
        if (lifting) {
            PairWindowSum.applyEach(windows, pair, scale, result);
            return result;
        }
        for (int d = 0; d < C4Geometry.ORDER; d++) {
            windows[d].apply(pair, d * n * n, scale, result, d * m * m);
        }
        return result;
    }

    @Override
    public double[] variances(double[] variances) {
        double[] sums = PlaneConvOperator.sumVariances(variances, plane, half, padding);
        for (int i = 0; i < sums.length; i++) {
            sums[i] *= scale;
        }
        return sums;
    }
}
