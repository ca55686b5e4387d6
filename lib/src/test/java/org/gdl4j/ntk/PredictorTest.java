package org.gdl4j.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PredictorTest {

    /** A positive definite Gram {@code B Bᵀ + 0.1 I} of {@code n} points and its test rows. */
    private static double[][][] gramAndTest(Random random, int n, int m) {
        double[][] features = new double[n + m][n + 2];
        for (double[] row : features) {
            for (int k = 0; k < row.length; k++) {
                row[k] = random.nextGaussian();
            }
        }
        double[][] train = new double[n][n];
        double[][] test = new double[m][n];
        for (int i = 0; i < n + m; i++) {
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < features[i].length; k++) {
                    dot += features[i][k] * features[j][k];
                }
                if (i < n) {
                    train[i][j] = dot + (i == j ? 0.1 : 0);
                } else {
                    test[i - n][j] = dot;
                }
            }
        }
        return new double[][][] {train, test};
    }

    private static double[][] targets(Random random, int n, int k) {
        double[][] y = new double[n][k];
        for (double[] row : y) {
            for (int c = 0; c < k; c++) {
                row[c] = random.nextGaussian();
            }
        }
        return y;
    }

    /** Solves {@code A X = B} by Gaussian elimination with partial pivoting. */
    static double[][] solve(double[][] a, double[][] b) {
        int n = a.length;
        double[][] m = Matrices.copy(a);
        double[][] x = Matrices.copy(b);
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                pivot = Math.abs(m[r][col]) > Math.abs(m[pivot][col]) ? r : pivot;
            }
            double[] t = m[col]; m[col] = m[pivot]; m[pivot] = t;
            t = x[col]; x[col] = x[pivot]; x[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c < n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                    for (int c = 0; c < x[r].length; c++) {
                        x[r][c] -= f * x[col][c];
                    }
                }
            }
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < x[r].length; c++) {
                x[r][c] /= m[r][r];
            }
        }
        return x;
    }

    private static void assertMatrixEquals(double[][] expected, double[][] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertEquals(expected[i][j], actual[i][j], tolerance, "entry " + i + "," + j);
            }
        }
    }

    @Test
    void convergedPredictionEqualsDirectLinearSolveWithRelativeRidge() {
        Random random = new Random(31);
        double[][][] g = gramAndTest(random, 12, 5);
        double[][] y = targets(random, 12, 3);
        Ridge ridge = Ridge.relative(1e-2);
        double lambda = ridge.lambda(g[0]);
        double[][] regularised = Matrices.copy(g[0]);
        for (int i = 0; i < regularised.length; i++) {
            regularised[i][i] += lambda;
        }
        double[][] expected = Matrices.multiply(g[1], solve(regularised, y));
        GradientFlowPredictor predictor = GradientFlowPredictor.of(g[0], y, ridge);
        assertMatrixEquals(expected, predictor.predictConverged(g[1]), 1e-10);
        assertMatrixEquals(expected, new NngpPosterior(g[0], y, ridge).mean(g[1]), 1e-10);
    }

    @Test
    void finiteTimePredictionStartsAtZeroAndApproachesTheConvergedOne() {
        Random random = new Random(32);
        double[][][] g = gramAndTest(random, 10, 4);
        double[][] y = targets(random, 10, 2);
        GradientFlowPredictor predictor = new GradientFlowPredictor(g[0], y, Ridge.none(), 0.5);
        assertMatrixEquals(new double[4][2], predictor.predict(g[1], 0), 0);
        assertMatrixEquals(predictor.predictConverged(g[1]), predictor.predict(g[1], 1e7), 1e-9);
    }

    @Test
    void finiteTimePredictionSolvesTheGradientFlowOnTrainingInputs() {
        Random random = new Random(33);
        double[][][] g = gramAndTest(random, 6, 1);
        double[][] y = targets(random, 6, 1);
        double eta = 0.7;
        double t = 3;
        GradientFlowPredictor predictor = new GradientFlowPredictor(g[0], y, Ridge.none(), eta);
        double[][] f = new double[6][1];
        int steps = 200000;
        double dt = t / steps;
        for (int s = 0; s < steps; s++) {
            double[][] grad = Matrices.multiply(g[0], minus(f, y));
            for (int i = 0; i < 6; i++) {
                f[i][0] -= dt * eta / 6 * grad[i][0];
            }
        }
        assertMatrixEquals(f, predictor.predict(g[0], t), 1e-4);
    }

    private static double[][] minus(double[][] a, double[][] b) {
        double[][] out = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                out[i][j] = a[i][j] - b[i][j];
            }
        }
        return out;
    }

    @Test
    void posteriorVarianceVanishesAtTrainingInputsAndIsPositiveElsewhere() {
        Random random = new Random(34);
        double[][][] g = gramAndTest(random, 8, 3);
        double[][] y = targets(random, 8, 1);
        NngpPosterior posterior = new NngpPosterior(g[0], y, Ridge.none());
        double[] self = new double[8];
        for (int i = 0; i < 8; i++) {
            self[i] = g[0][i][i];
        }
        for (double v : posterior.variance(g[0], self)) {
            assertEquals(0, v, 1e-10);
        }
        assertMatrixEquals(y, posterior.mean(g[0]), 1e-10);
    }

    @Test
    void badShapesAndTimesAreRejectedNamingExpectedAndActual() {
        Random random = new Random(35);
        double[][][] g = gramAndTest(random, 4, 2);
        double[][] y = targets(random, 4, 2);
        assertMessage(() -> GradientFlowPredictor.of(new double[][] {{1, 2, 3}, {4, 5, 6}}, y, Ridge.none()),
                "[2][3]");
        assertMessage(() -> GradientFlowPredictor.of(g[0], targets(random, 3, 2), Ridge.none()), "[4][k ≥ 1]");
        assertMessage(() -> new NngpPosterior(g[0], targets(random, 5, 1), Ridge.none()), "[5][1]");
        GradientFlowPredictor predictor = GradientFlowPredictor.of(g[0], y, Ridge.none());
        assertMessage(() -> predictor.predict(g[1], -1), "-1");
        assertMessage(() -> predictor.predict(g[1], Double.NaN), "NaN");
        assertMessage(() -> predictor.predict(new double[][] {{1, 2, 3}}, 1), "[M][4]");
        assertMessage(() -> new NngpPosterior(g[0], y, Ridge.none()).variance(g[1], new double[3]), "but got 3");
        assertMessage(() -> new GradientFlowPredictor(g[0], y, Ridge.none(), 0), "learning rate");
        assertMessage(() -> Ridge.relative(-1), "-1");
    }

    static void assertMessage(org.junit.jupiter.api.function.Executable call, String fragment) {
        var error = assertThrows(IllegalArgumentException.class, call);
        assertTrue(error.getMessage().contains(fragment), error.getMessage());
    }
}
