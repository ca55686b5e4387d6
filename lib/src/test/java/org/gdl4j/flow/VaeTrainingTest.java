package org.gdl4j.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.gdl4j.Precision;
import org.gdl4j.nn.NativeThreads;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class VaeTrainingTest {

    static final ImageShape SHAPE = new ImageShape(1, 8, 8);

    /** Binary 8×8 images of four shapes (square outline, cross, horizontal bar, vertical bar) at random offsets. */
    static INDArray shapeImages(int n, long seed) {
        Random random = new Random(seed);
        double[] values = new double[n * 64];
        for (int s = 0; s < n; s++) {
            int kind = s % 4;
            int dy = random.nextInt(3);
            int dx = random.nextInt(3);
            for (int y = 0; y < 6; y++) {
                for (int x = 0; x < 6; x++) {
                    values[s * 64 + (y + dy) * 8 + x + dx] = inShape(kind, y, x) ? 1 : 0;
                }
            }
        }
        return Nd4j.create(values, SHAPE.batchShape(n), DataType.DOUBLE);
    }

    private static boolean inShape(int kind, int y, int x) {
        return switch (kind) {
            case 0 -> y == 0 || y == 5 || x == 0 || x == 5;
            case 1 -> y == 2 || y == 3 || x == 2 || x == 3;
            case 2 -> y == 2 || y == 3;
            default -> x == 2 || x == 3;
        };
    }

    private static double meanSquaredError(Vae vae, INDArray images) {
        INDArray difference = vae.reconstruct(images).castTo(DataType.DOUBLE).sub(images);
        return difference.mul(difference).sumNumber().doubleValue() / images.size(0);
    }

    @Test
    void trainingRaisesTheElboAndSharpensReconstructions() {
        try (NativeThreads.Scope single = NativeThreads.limit(1)) { // small ops: waking threads costs more
            trainAndCompare();
        }
    }

    private static void trainAndCompare() {
        INDArray images = shapeImages(64, 1);
        Vae vae = Vae.build(VaeArchitecture.convolutional(SHAPE, 4, 8, 2), Precision.FLOAT, 2);
        double elboBefore = vae.elbo(images, 4, 3).meanNumber().doubleValue();
        double errorBefore = meanSquaredError(vae, images);
        VaeTrainingConfig config = VaeTrainingConfig.adam(2e-2).withEpochs(20).withBatchSize(16).withProgress(false);
        long start = System.nanoTime();
        List<VaeEpoch> epochs = VaeTrainer.fit(vae, images, config);
        double seconds = (System.nanoTime() - start) / 1e9;
        double elboAfter = vae.elbo(images, 4, 3).meanNumber().doubleValue();
        double errorAfter = meanSquaredError(vae, images);
        VaeEpoch first = epochs.get(0);
        VaeEpoch last = epochs.get(epochs.size() - 1);
        System.out.printf("ELBO %.3f -> %.3f; squared error per image %.3f -> %.3f; training %.1f s%n", elboBefore,
                elboAfter, errorBefore, errorAfter, seconds);
        System.out.printf("epoch 1: %s%nepoch %d: %s%n", first, epochs.size(), last);
        assertEquals(20, epochs.size());
        assertTrue(elboAfter > elboBefore + 10, "ELBO " + elboBefore + " -> " + elboAfter);
        assertTrue(errorAfter < 0.6 * errorBefore, "squared error " + errorBefore + " -> " + errorAfter);
        assertTrue(last.elbo() > first.elbo() && last.reconstruction() > first.reconstruction());
        assertEquals(last.reconstruction() - last.kl(), last.elbo(), 1e-6 * Math.abs(last.elbo()));
    }

    @Test
    void trainingWithTheSameSeedIsReproducible() {
        INDArray images = shapeImages(16, 4);
        VaeArchitecture architecture = VaeArchitecture.mlp(SHAPE, 2, 16);
        VaeTrainingConfig config = VaeTrainingConfig.adam(1e-2).withEpochs(2).withBatchSize(8).withProgress(false);
        Vae a = Vae.build(architecture, Precision.FLOAT, 5);
        Vae b = Vae.build(architecture, Precision.FLOAT, 5);
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            assertEquals(VaeTrainer.fit(a, images, config).get(1).elbo(),
                    VaeTrainer.fit(b, images, config).get(1).elbo());
        }
        assertEquals(a.encode(images), b.encode(images));
    }

    @Test
    void nonFiniteLossStopsTrainingWithAClearError() {
        INDArray images = shapeImages(8, 6);
        Vae vae = Vae.build(VaeArchitecture.mlp(SHAPE, 2, 4), Precision.DOUBLE, 7);
        vae.parameter("encoder/dense1/bias").assign(1000); // σ² = e^1000 overflows: the KL is infinite
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> VaeTrainer.fit(vae, images, VaeTrainingConfig.adam(1e-3).withProgress(false)));
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
    }
}
