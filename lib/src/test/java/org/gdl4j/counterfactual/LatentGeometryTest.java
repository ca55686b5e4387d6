package org.gdl4j.counterfactual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.gdl4j.flow.Flow;
import org.gdl4j.flow.Quantization;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.NativeThreads;
import org.gdl4j.nn.Optimizer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The latent gradient through the inverse flow (brief test T5) and the pixel step a latent step induces,
 * {@code δx = λ J Jᵀ ∇ₓS + O(λ²)} (T6), on a perturbed 1×4×4 flow and a smooth classifier in float64.
 */
class LatentGeometryTest {

    private static final double EPSILON = 1e-6;

    @Test
    void latentGradientMatchesCentralDifferencesOnTenCoordinates() {
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            Flow flow = Fixtures.flow();
            Model classifier = Fixtures.classifier(11);
            CounterfactualSearch search = CounterfactualSearch.inLatentSpace(classifier, flow);
            INDArray z = flow.encode(Quantization.eightBit().midpoint(Fixtures.images(1, 3)));
            int[] target = Fixtures.leastLikely(classifier, flow.decode(z));
            INDArray gradient = search.scoreGradient(z, target).gradient().reshape(16);
            int[] coordinates = new Random(5).ints(0, 16).distinct().limit(10).toArray();
            INDArray points = Nd4j.zeros(DataType.DOUBLE, 20, 16);
            INDArray flat = z.reshape(16);
            for (int j = 0; j < 10; j++) {
                double value = flat.getDouble(coordinates[j]);
                points.getRow(j).assign(flat).putScalar(coordinates[j], value + EPSILON);
                points.getRow(10 + j).assign(flat).putScalar(coordinates[j], value - EPSILON);
            }
            int[] targets = new int[20];
            java.util.Arrays.fill(targets, target[0]);
            double[] s = search.scoreGradient(points.reshape(20, 4, 2, 2), targets).scores();
            double worst = 0;
            for (int j = 0; j < 10; j++) {
                double difference = (s[j] - s[10 + j]) / (2 * EPSILON);
                double exact = gradient.getDouble(coordinates[j]);
                worst = Math.max(worst, Math.abs(difference - exact) / Math.max(Math.abs(exact), 1e-3));
            }
            assertTrue(worst < 1e-4, "worst relative error " + worst);
        }
    }

    @Test
    void oneLatentStepMovesTheImageAlongJJTransposeTimesThePixelGradient() {
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            Flow flow = Fixtures.flow();
            Model classifier = Fixtures.classifier(11);
            INDArray z = flow.encode(Quantization.eightBit().midpoint(Fixtures.images(1, 4)));
            INDArray x = flow.decode(z);
            int[] target = Fixtures.leastLikely(classifier, x);
            INDArray pixelGradient = CounterfactualSearch.inPixelSpace(classifier).scoreGradient(x, target)
                    .gradient().reshape(16, 1);
            INDArray jacobian = jacobian(flow, z);
            INDArray direction = jacobian.mmul(jacobian.transpose()).mmul(pixelGradient).reshape(16);
            double[] errors = new double[2];
            double[] lambdas = {1e-3, 5e-4};
            for (int i = 0; i < 2; i++) {
                INDArray moved = oneStep(flow, classifier, z, target, lambdas[i]);
                INDArray step = flow.decode(moved).sub(x).reshape(16);
                INDArray predicted = direction.mul(lambdas[i]);
                double cosine = step.mul(predicted).sumNumber().doubleValue()
                        / (step.norm2Number().doubleValue() * predicted.norm2Number().doubleValue());
                errors[i] = step.sub(predicted).norm2Number().doubleValue() / predicted.norm2Number().doubleValue();
                assertTrue(cosine > 1 - 1e-6, "1 − cosine " + (1 - cosine) + " at λ = " + lambdas[i]);
            }
            assertEquals(2.0, errors[0] / errors[1], 0.2, "relative errors " + java.util.Arrays.toString(errors));
        }
    }

    private static INDArray oneStep(Flow flow, Model classifier, INDArray z, int[] target, double lambda) {
        SearchConfig config = new SearchConfig(0.999999, lambda, 1, Optimizer.SGD, 0);
        Counterfactual result = CounterfactualSearch.inLatentSpace(classifier, flow).runFrom(z, target, config)
                .get(0);
        assertEquals(StopReason.BUDGET_EXHAUSTED, result.stopReason());
        return result.latent().reshape(1, 4, 2, 2);
    }

    /** {@code J = ∂decode/∂z} at one latent, {@code 16×16}, by central differences in one batch. */
    private static INDArray jacobian(Flow flow, INDArray z) {
        INDArray flat = z.reshape(1, 16);
        INDArray steps = Nd4j.eye(16).castTo(DataType.DOUBLE).muli(EPSILON);
        INDArray points = Nd4j.vstack(steps.addRowVector(flat), steps.rsub(0).addRowVector(flat));
        INDArray out = flow.decode(points.reshape(32, 4, 2, 2)).reshape(32, 16);
        INDArray plus = out.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 16));
        INDArray minus = out.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(16, 32));
        return plus.sub(minus).divi(2 * EPSILON).transpose().dup();
    }
}
