package org.gdl4j.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gdl4j.Precision;
import org.gdl4j.nn.NativeThreads;
import org.gdl4j.nn.Nonlinearity;
import org.gdl4j.nn.QuietStdout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Gradients through the VAE checked against central finite differences in float64 ({@code ε = 1e-6}: the
 * truncation error {@code O(ε²)} and the rounding error {@code O(1e-16/ε)} are both far below the tolerance).
 */
class VaeGradientTest {

    private static final ImageShape SHAPE = new ImageShape(1, 8, 8);
    private static final double EPS = 1e-6;

    private static Vae trainedLikeVae(VaeNetwork network) {
        VaeArchitecture architecture = new VaeArchitecture(SHAPE, 3, network, 6, network == VaeNetwork.MLP ? 1 : 2,
                Nonlinearity.TANH);
        Vae vae = Vae.build(architecture, Precision.DOUBLE, 11);
        Random random = new Random(12);
        for (String name : vae.parameterNames()) { // non-zero biases, as after training
            INDArray p = vae.parameter(name);
            p.addi(Nd4j.create(VaeInputs.gaussian(random, 1, p.length()).mul(0.1).toDoubleVector(), p.shape()));
        }
        return vae;
    }

    /** {@code L(x) = Σ w ⊙ x²} for fixed weights {@code w}. */
    private static double score(INDArray images, INDArray w) {
        return images.mul(images).muli(w).sumNumber().doubleValue();
    }

    @ParameterizedTest
    @EnumSource(VaeNetwork.class)
    void gradientOfDecoderBuiltIntoAnotherGraphMatchesFiniteDifferences(VaeNetwork network) {
        Vae vae = trainedLikeVae(network);
        Random random = new Random(13);
        INDArray z0 = VaeInputs.gaussian(random, 2, 3);
        INDArray w = Nd4j.create(VaeInputs.gaussian(random, 1, 2 * SHAPE.dimension()).toDoubleVector(),
                SHAPE.batchShape(2));
        SameDiff sd = SameDiff.create();
        SDVariable z = sd.var("z", z0.dup());
        SDVariable decoded = vae.decode(sd, z, "vae");
        decoded.mul(decoded).mul(sd.constant(w)).sum().rename("score").markAsLoss();
        assertEquals(0, vae.decode(z0).sub(decoded.eval()).amaxNumber().doubleValue(), 1e-13);
        INDArray gradient = QuietStdout.call(() -> sd.calculateGradients(Map.of(), List.of("z"))).get("z");
        double[] numeric = new double[6];
        for (int i = 0; i < 6; i++) {
            INDArray plus = z0.dup();
            INDArray minus = z0.dup();
            plus.putScalar(i, plus.getDouble(i) + EPS);
            minus.putScalar(i, minus.getDouble(i) - EPS);
            numeric[i] = (score(vae.decode(plus), w) - score(vae.decode(minus), w)) / (2 * EPS);
        }
        assertClose(gradient.reshape(6).toDoubleVector(), numeric, 1e-5, network + " decode gradient");
    }

    @ParameterizedTest
    @EnumSource(VaeNetwork.class)
    void elboGradientWithRespectToParametersMatchesFiniteDifferences(VaeNetwork network) {
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            checkElboGradient(network);
        }
    }

    private static void checkElboGradient(VaeNetwork network) {
        Vae vae = trainedLikeVae(network);
        Random random = new Random(14);
        INDArray images = VaeTest.uniformImages(SHAPE, 3, 15);
        INDArray noise = VaeInputs.gaussian(random, 3, 3);
        List<String> names = vae.parameterNames();
        Map<String, INDArray> gradients = vae.trainingStep(images, noise).getGradients();
        for (String name : List.of(names.get(0), names.get(names.size() - 2))) { // first and last weights
            INDArray p = vae.parameter(name);
            double[] analytic = new double[3];
            double[] numeric = new double[3];
            for (int k = 0; k < 3; k++) {
                long i = random.nextInt(Math.toIntExact(p.length()));
                analytic[k] = gradients.get(name).reshape(p.length()).getDouble(i);
                numeric[k] = (loss(vae, p, i, EPS, images, noise) - loss(vae, p, i, -EPS, images, noise)) / (2 * EPS);
            }
            assertClose(analytic, numeric, 1e-5, network + " " + name);
        }
    }

    private static double loss(Vae vae, INDArray p, long i, double step, INDArray images, INDArray noise) {
        INDArray flat = p.reshape(p.length());
        double original = flat.getDouble(i);
        flat.putScalar(i, original + step);
        double loss = -vae.terms(images, noise).elbo().meanNumber().doubleValue();
        flat.putScalar(i, original);
        return loss;
    }

    private static void assertClose(double[] analytic, double[] numeric, double rtol, String what) {
        double scale = 0;
        double error = 0;
        for (int i = 0; i < analytic.length; i++) {
            scale = Math.max(scale, Math.abs(numeric[i]));
            error = Math.max(error, Math.abs(analytic[i] - numeric[i]));
        }
        System.out.printf("%s: max abs error %.3e, relative %.3e%n", what, error, error / scale);
        assertTrue(scale > 0 && error <= rtol * scale, what + ": error " + error + " at scale " + scale);
    }
}
