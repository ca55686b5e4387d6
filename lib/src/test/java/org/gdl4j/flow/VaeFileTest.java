package org.gdl4j.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gdl4j.Precision;
import org.gdl4j.nn.NativeThreads;
import org.gdl4j.nn.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

class VaeFileTest {

    @TempDir
    Path directory;

    @Test
    void savedAndLoadedVaeGivesBitIdenticalOutputs() {
        ImageShape shape = VaeTrainingTest.SHAPE;
        INDArray images = VaeTrainingTest.shapeImages(16, 1);
        VaeArchitecture architecture = VaeArchitecture.convolutional(shape, 3, 4, 1).withActivation(Nonlinearity.TANH);
        Vae vae = Vae.build(architecture, Precision.FLOAT, 2);
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            VaeTrainer.fit(vae, images, VaeTrainingConfig.adam(1e-2).withBatchSize(8).withProgress(false));
        }
        Path file = directory.resolve("shapes.vae");
        VaeFile.save(vae, file);
        Vae loaded = VaeFile.load(file);
        assertEquals(vae.architecture(), loaded.architecture());
        assertEquals(vae.precision(), loaded.precision());
        assertEquals(vae.parameterNames(), loaded.parameterNames());
        INDArray latents = vae.encode(images);
        assertEquals(latents, loaded.encode(images));
        assertEquals(vae.decode(latents), loaded.decode(latents));
        assertEquals(vae.elbo(images, 2, 3), loaded.elbo(images, 2, 3));
        assertEquals(vae.sample(4, 5), loaded.sample(4, 5));
    }

    @Test
    void loadingSomethingElseNamesTheProblem() throws IOException {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> VaeFile.load(directory.resolve("absent.vae")));
        assertTrue(missing.getMessage().contains("no VAE file"), missing.getMessage());
        Path text = Files.writeString(directory.resolve("text.vae"), "not a zip");
        IllegalArgumentException notVae = assertThrows(IllegalArgumentException.class, () -> VaeFile.load(text));
        assertTrue(notVae.getMessage().contains("vae.properties"), notVae.getMessage());
    }
}
