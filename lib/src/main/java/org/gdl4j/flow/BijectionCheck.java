package org.gdl4j.flow;

import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.gdl4j.Precision;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.NetworkGraph;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The flow laws, checked in float64 on a batch: the inverse undoes the forward pass, and the analytic
 * log-determinant equals {@code log|det J|} of the full {@code D×D} Jacobian built by central differences,
 * {@code J[:, j] ≈ (f(x + εe_j) − f(x − εe_j))/(2ε)} with {@code ε = 1e-6} (Dinh et al., ICLR 2017).
 *
 * <p>Zero-initialised couplings are the identity, which would make the check trivial, so the check first runs
 * the data-dependent initialisation on the batch and then adds {@code N(0, σ²)} to every parameter.
 *
 * <p>Accuracy: central differences have a truncation error {@code O(ε²·|f'''|) ≈ 1e-12·|f'''|} and a rounding
 * error of about {@code 1e-16·|f|/ε ≈ 1e-10·|f|} per entry; the log-determinant changes by
 * {@code tr(J⁻¹ δJ)}, so on tiny images ({@code D ≤ 64}) with well-conditioned Jacobians its error stays
 * below about {@code 1e-7}, which is why tests use 1e-6.
 */
public final class BijectionCheck {

    /** The central-difference step. */
    public static final double EPSILON = 1e-6;

    private BijectionCheck() {
    }

    /**
     * Checks a bijection on a batch.
     *
     * @param bijection the bijection
     * @param x the batch {@code [N, inShape()]}, in float64 or float32 (computed in float64)
     * @param perturbation {@code σ} of the Gaussian noise added to every parameter after initialisation
     * @param seed the seed of the parameters and of the noise
     * @return the measured errors
     */
    public static BijectionReport check(Bijection bijection, INDArray x, double perturbation, long seed) {
        Objects.requireNonNull(bijection, "bijection");
        bijection.inShape().requireBatch(x, "a batch to check on");
        Harness h = new Harness(bijection, seed);
        INDArray batch = x.castTo(DataType.DOUBLE);
        h.bound.dataInitialized().forEach(part -> part.initialize(v -> h.evaluate(v, batch)));
        perturb(h.graph, perturbation, new Random(seed + 1));
        INDArray y = h.evaluate(h.forward.value(), batch);
        INDArray logDet = h.evaluate(h.forward.logDet(), batch);
        INDArray back = h.evaluate(h.inverse.value(), batch);
        INDArray inverseLogDet = h.evaluate(h.inverse.logDet(), batch);
        int n = (int) batch.size(0);
        double[] brute = new double[n];
        int[] signs = new int[n];
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double[] sl = signAndLogDet(h.jacobian(batch.get(org.nd4j.linalg.indexing.NDArrayIndex.point(i))));
            signs[i] = (int) sl[0];
            brute[i] = sl[1];
            worst = Math.max(worst, Math.abs(brute[i] - logDet.getDouble(i)));
        }
        double roundTrip = back.sub(batch).amaxNumber().doubleValue();
        double inverseError = logDet.add(inverseLogDet).amaxNumber().doubleValue();
        return new BijectionReport(roundTrip, worst, inverseError, logDet.toDoubleVector(), brute, signs);
    }

    private static void perturb(NetworkGraph graph, double sigma, Random random) {
        for (String name : graph.parameters().keySet()) {
            INDArray p = graph.sameDiff().getArrForVarName(name);
            double[] noise = new double[(int) p.length()];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = sigma * random.nextGaussian();
            }
            p.addi(Nd4j.create(noise, p.shape().clone(), DataType.DOUBLE));
        }
    }

    /** {@code (sign, log|det|)} of a square matrix by LU with partial pivoting. */
    static double[] signAndLogDet(double[][] matrix) {
        LuDecomposition lu = LuDecomposition.of(matrix);
        double sign = permutationSign(lu.permutation());
        double log = 0;
        for (int i = 0; i < matrix.length; i++) {
            sign *= lu.signs()[i];
            log += lu.logAbsDiagonal()[i];
        }
        return new double[] {sign, log};
    }

    private static double permutationSign(double[][] p) {
        int n = p.length;
        int[] target = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                target[i] = p[i][j] == 1 ? j : target[i];
            }
        }
        double sign = 1;
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            int length = 0;
            for (int k = i; !seen[k]; k = target[k]) {
                seen[k] = true;
                length++;
            }
            sign *= length > 0 && length % 2 == 0 ? -1 : 1;
        }
        return sign;
    }

    /** A float64 graph with the bijection's forward pass on a placeholder and its inverse on the result. */
    private static final class Harness {
        private final NetworkGraph graph;
        private final BoundBijection bound;
        private final FlowStep forward;
        private final FlowStep inverse;
        private final ImageShape in;

        Harness(Bijection bijection, long seed) {
            SameDiff sd = SameDiff.create();
            graph = new NetworkGraph(sd, Precision.DOUBLE, Initialization.standard(seed));
            in = bijection.inShape();
            SDVariable x = sd.placeHolder("x", DataType.DOUBLE, in.batchShape(-1));
            bound = bijection.bind(graph);
            forward = bound.forward(x);
            inverse = bound.inverse(forward.value());
        }

        INDArray evaluate(SDVariable v, INDArray batch) {
            return graph.sameDiff().output(Map.of("x", batch), v.name()).get(v.name());
        }

        /** The {@code D×D} central-difference Jacobian at one sample {@code [C, H, W]}, in one batched pass. */
        double[][] jacobian(INDArray sample) {
            int d = (int) in.dimension();
            INDArray flat = sample.reshape(1, d);
            INDArray steps = Nd4j.eye(d).castTo(DataType.DOUBLE).muli(EPSILON);
            INDArray points = Nd4j.vstack(steps.addRowVector(flat), steps.rsub(0).addRowVector(flat));
            INDArray out = evaluate(forward.value(), points.reshape(in.batchShape(2L * d))).reshape(2L * d, d);
            double[][] j = new double[d][d];
            for (int col = 0; col < d; col++) {
                for (int row = 0; row < d; row++) {
                    j[row][col] = (out.getDouble(col, row) - out.getDouble(d + col, row)) / (2 * EPSILON);
                }
            }
            return j;
        }
    }
}
