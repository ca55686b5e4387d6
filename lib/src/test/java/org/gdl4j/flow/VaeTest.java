package org.gdl4j.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.gdl4j.Precision;
import org.gdl4j.nn.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class VaeTest {

    private static final ImageShape TINY = new ImageShape(1, 2, 2);

    static INDArray uniformImages(ImageShape shape, int n, long seed) {
        Random random = new Random(seed);
        double[] values = new double[Math.toIntExact(n * shape.dimension())];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble();
        }
        return Nd4j.create(values, shape.batchShape(n), DataType.DOUBLE);
    }

    @Test
    void closedFormKlMatchesMonteCarloEstimate() {
        Vae vae = Vae.build(VaeArchitecture.mlp(TINY, 3, 4), Precision.DOUBLE, 1);
        // a posterior away from the prior: means about ±1, variances e^{±1}
        vae.parameter("encoder/dense1/bias").assign(Nd4j.createFromArray(0.8, -1.2, 0.5, 0.7, -0.9, 0.3));
        INDArray image = uniformImages(TINY, 1, 2);
        VaePosterior q = vae.posterior(image);
        double closed = vae.terms(image, Nd4j.zeros(DataType.DOUBLE, 1, 3)).kl().getDouble(0);
        double[] mu = q.mean().toDoubleVector();
        double[] logVar = q.logVariance().toDoubleVector();
        Random random = new Random(3);
        int samples = 200_000;
        double sum = 0;
        double sumSquares = 0;
        for (int s = 0; s < samples; s++) {
            double logRatio = 0; // log q(z) − log p(z) at z ~ q
            for (int j = 0; j < mu.length; j++) {
                double e = random.nextGaussian();
                double z = mu[j] + Math.exp(0.5 * logVar[j]) * e;
                logRatio += -0.5 * logVar[j] - 0.5 * e * e + 0.5 * z * z;
            }
            sum += logRatio;
            sumSquares += logRatio * logRatio;
        }
        double mean = sum / samples;
        double standardError = Math.sqrt((sumSquares / samples - mean * mean) / samples);
        System.out.printf("KL closed form %.6f, Monte Carlo %.6f ± %.6f%n", closed, mean, standardError);
        // 5 standard errors: a correct closed form fails this with probability below 1e-6
        assertEquals(closed, mean, 5 * standardError);
        assertTrue(standardError < 0.02 * Math.max(closed, 0.1), "sample too small: SE " + standardError);
    }

    @Test
    void elboWithFixedNoiseMatchesHandComputation() {
        VaeArchitecture architecture = VaeArchitecture.mlp(TINY, 2, 3).withActivation(Nonlinearity.TANH);
        Vae vae = Vae.build(architecture, Precision.DOUBLE, 4);
        Random random = new Random(5);
        for (String name : vae.parameterNames()) { // non-zero biases, so the hand computation checks them too
            INDArray p = vae.parameter(name);
            p.addi(Nd4j.create(VaeInputs.gaussian(random, 1, p.length()).mul(0.3).toDoubleVector(), p.shape()));
        }
        INDArray images = uniformImages(TINY, 3, 6);
        INDArray noise = VaeInputs.gaussian(random, 3, 2);
        VaeTerms terms = vae.terms(images, noise);
        for (int n = 0; n < 3; n++) {
            double[] expected = TinyVaeByHand.terms(vae, images.reshape(3, 4).getRow(n).toDoubleVector(),
                    noise.getRow(n).toDoubleVector());
            assertEquals(expected[0], terms.reconstruction().getDouble(n), 1e-12);
            assertEquals(expected[1], terms.kl().getDouble(n), 1e-12);
            assertEquals(expected[0] - expected[1], terms.elbo().getDouble(n), 1e-12);
        }
    }

    @Test
    void encodeIsTheDeterministicPosteriorMean() {
        Vae vae = Vae.build(VaeArchitecture.convolutional(new ImageShape(1, 8, 8), 4, 4, 2), Precision.DOUBLE, 7);
        INDArray images = uniformImages(new ImageShape(1, 8, 8), 5, 8);
        INDArray first = vae.encode(images);
        assertArrayEquals(new long[] {5, 4}, first.shape());
        assertEquals(first, vae.encode(images));
        assertEquals(first, vae.posterior(images).mean());
        assertEquals(vae.decode(first), vae.reconstruct(images));
    }

    @Test
    void samplesAreReproducibleProbabilityImages() {
        Vae vae = Vae.build(VaeArchitecture.convolutional(new ImageShape(1, 8, 8), 4, 4, 2), Precision.FLOAT, 7);
        INDArray samples = vae.sample(6, 9);
        assertArrayEquals(new long[] {6, 1, 8, 8}, samples.shape());
        assertEquals(samples, vae.sample(6, 9));
        assertTrue(samples.minNumber().doubleValue() > 0 && samples.maxNumber().doubleValue() < 1);
        assertArrayEquals(new long[] {4}, vae.latentShape());
        assertArrayEquals(new long[] {1, 8, 8}, vae.imageShape());
    }
}
