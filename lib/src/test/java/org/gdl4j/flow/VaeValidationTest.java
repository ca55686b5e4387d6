package org.gdl4j.flow;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdl4j.Precision;
import org.gdl4j.nn.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class VaeValidationTest {

    private static final ImageShape SHAPE = new ImageShape(1, 4, 4);
    private static final Vae VAE = Vae.build(VaeArchitecture.mlp(SHAPE, 2, 3), Precision.DOUBLE, 1);

    private static void assertRejected(Executable action, String... expectedInMessage) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        for (String part : expectedInMessage) {
            assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' lacks '" + part + "'");
        }
    }

    @Test
    void wrongImageShapeIsRejectedWithTheExpectedShape() {
        INDArray wrong = Nd4j.zeros(DataType.DOUBLE, 2, 1, 5, 4);
        assertRejected(() -> VAE.encode(wrong), "[N, 1, 4, 4]", "[2, 1, 5, 4]");
        assertRejected(() -> VAE.encode(Nd4j.zeros(DataType.DOUBLE, 2, 16)), "[N, 1, 4, 4]");
        assertRejected(() -> VaeTrainer.fit(VAE, wrong, VaeTrainingConfig.adam(1e-3)), "training images");
    }

    @Test
    void trainingAndElboRejectValuesOutsideTheUnitInterval() {
        INDArray bright = Nd4j.valueArrayOf(SHAPE.batchShape(2), 1.5, DataType.DOUBLE);
        assertRejected(() -> VaeTrainer.fit(VAE, bright, VaeTrainingConfig.adam(1e-3).withProgress(false)),
                "[0, 1]", "1.5");
        assertRejected(() -> VAE.elbo(bright.neg(), 1, 0), "[0, 1]", "-1.5");
    }

    @Test
    void architecturesOutsideTheirRangeAreRejected() {
        assertRejected(() -> VaeArchitecture.mlp(SHAPE, 0, 3), "latent dimension d ≥ 1", "0");
        assertRejected(() -> VaeArchitecture.mlp(SHAPE, 2, 0), "width ≥ 1");
        assertRejected(() -> VaeArchitecture.convolutional(new ImageShape(1, 14, 14), 2, 4, 2), "divisible by 4",
                "14x14");
        assertRejected(() -> new VaeArchitecture(SHAPE, 2, VaeNetwork.MLP, 3, 0, Nonlinearity.RELU), "depth ≥ 1");
    }

    @Test
    void decodingRejectsNonFiniteOrWronglyShapedLatents() {
        assertRejected(() -> VAE.decode(Nd4j.createFromArray(new double[][] {{0, Double.NaN}})), "finite latents");
        assertRejected(() -> VAE.decode(Nd4j.zeros(DataType.DOUBLE, 3, 5)), "[N, 2]", "[3, 5]");
        assertRejected(() -> VAE.decode(Nd4j.zeros(DataType.DOUBLE, 2)), "[N, 2]", "[2]");
        SameDiff graph = SameDiff.create();
        assertRejected(() -> VAE.decode(graph, graph.var("z", Nd4j.zeros(DataType.DOUBLE, 1, 3)), "vae"),
                "[N, 2]", "[1, 3]");
    }

    @Test
    void otherWrongArgumentsAreNamed() {
        SameDiff graph = SameDiff.create();
        VAE.decode(graph, graph.var("z", Nd4j.zeros(DataType.DOUBLE, 1, 2)), "vae");
        assertRejected(() -> VAE.decode(graph, graph.var("z2", Nd4j.zeros(DataType.DOUBLE, 1, 2)), "vae"),
                "scope", "'vae'");
        INDArray images = Nd4j.zeros(DataType.DOUBLE, 2, 1, 4, 4);
        assertRejected(() -> VAE.terms(images, Nd4j.zeros(DataType.DOUBLE, 3, 2)), "noise for 2 images", "3");
        assertRejected(() -> VAE.elbo(images, 0, 1), "at least one noise sample");
        assertRejected(() -> VAE.sample(0, 1), "at least one sample");
        assertRejected(() -> VAE.parameter("decoder/nothing"), "no parameter 'decoder/nothing'");
        assertRejected(() -> VaeTrainingConfig.adam(-1), "learning rate");
    }
}
