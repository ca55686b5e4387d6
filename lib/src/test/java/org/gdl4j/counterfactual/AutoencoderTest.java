package org.gdl4j.counterfactual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gdl4j.Precision;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.NativeThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Training, reconstruction, persistence and argument checks of the MLP autoencoder on 1×4×4 images. */
class AutoencoderTest {

    private static final AutoencoderArchitecture ARCHITECTURE = AutoencoderArchitecture.mlp(Fixtures.SHAPE,
            Precision.DOUBLE, 8, 4, 8);
    private static final AutoencoderConfig CONFIG = AutoencoderConfig.adam(1e-2, 15, 16, 3);

    private static double[] trainFresh(Autoencoder ae) {
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            return ae.train(Patterns.images(64, 5).images(), CONFIG);
        }
    }

    @Test
    void trainingLowersTheLossAndRepeatsExactlyUnderTheSameSeeds() {
        double[] losses = trainFresh(ARCHITECTURE.build(Initialization.standard(1)));
        double[] again = trainFresh(ARCHITECTURE.build(Initialization.standard(1)));
        assertEquals(15, losses.length);
        assertTrue(losses[14] < 0.5 * losses[0], "losses " + java.util.Arrays.toString(losses));
        assertArrayEquals(losses, again, 0.0);
    }

    @Test
    void reconstructionsKeepTheShapeAndLieInTheOpenUnitInterval() {
        Autoencoder ae = ARCHITECTURE.build(Initialization.standard(2));
        INDArray x = Patterns.images(5, 7).images();
        INDArray reconstruction = ae.reconstruct(x);
        assertArrayEquals(new long[] {5, 1, 4, 4}, reconstruction.shape());
        assertTrue(reconstruction.minNumber().doubleValue() > 0 && reconstruction.maxNumber().doubleValue() < 1);
        assertEquals(reconstruction, ae.apply(x));
        double[] mse = ae.meanSquaredErrors(x);
        INDArray first = reconstruction.sub(x).get(NDArrayIndex.point(0));
        assertEquals(first.mul(first).meanNumber().doubleValue(), mse[0], 1e-15);
        assertEquals((16 * 8 + 8) + (8 * 4 + 4) + (4 * 8 + 8) + (8 * 16 + 16), ae.parameterCount());
    }

    @Test
    void savedAndLoadedAutoencoderReconstructsBitIdentically(@TempDir Path directory) {
        Autoencoder ae = ARCHITECTURE.build(Initialization.standard(4));
        trainFresh(ae);
        Path file = directory.resolve("ae.zip");
        ae.save(file);
        Autoencoder loaded = Autoencoder.load(file, ARCHITECTURE);
        INDArray x = Patterns.images(6, 8).images();
        assertEquals(ae.reconstruct(x), loaded.reconstruct(x));
        assertEquals(ae.initialization(), loaded.initialization());
        assertThrows(IllegalArgumentException.class, () -> Autoencoder.load(file,
                AutoencoderArchitecture.mlp(Fixtures.SHAPE, Precision.DOUBLE, 8, 2, 8)));
    }

    @Test
    void rejectsImagesOfAnotherShapeOrOutsideTheUnitIntervalAndBadSettings() {
        Autoencoder ae = ARCHITECTURE.build(Initialization.standard(2));
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> ae.reconstruct(Nd4j.zeros(DataType.DOUBLE, 2, 1, 4, 5)));
        assertTrue(shape.getMessage().contains("[N, 1, 4, 4]"), shape.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ae.train(Nd4j.ones(DataType.DOUBLE, 2, 1, 4, 4).mul(1.5),
                CONFIG));
        assertThrows(IllegalArgumentException.class, () -> AutoencoderArchitecture.mlp(Fixtures.SHAPE,
                Precision.DOUBLE));
        assertThrows(IllegalArgumentException.class, () -> AutoencoderConfig.adam(0, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> AutoencoderConfig.adam(1e-3, 1, 0, 0));
    }
}
