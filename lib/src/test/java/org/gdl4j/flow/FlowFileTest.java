package org.gdl4j.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.gdl4j.Precision;
import org.gdl4j.nn.Initialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

class FlowFileTest {

    private static final ImageShape SHAPE = new ImageShape(1, 4, 4);

    @Test
    void savedAndLoadedFlowGivesIdenticalLogLikelihoods(@TempDir Path dir) {
        Composition bijection = Flows.checkerboardThenGlow(SHAPE, 1, 1, 4, 4);
        INDArray images = Quantization.eightBit().midpoint(FlowTrainingTest.rampImages(16, 4));
        Flow flow = Flow.build(bijection, Precision.DOUBLE, Initialization.standard(3));
        flow.initialize(images);
        FlowTrainer.fit(flow, FlowTrainingTest.rampImages(16, 5),
                FlowTrainingConfig.adam(1e-2).withBatchSize(8).withProgress(false));
        Path file = dir.resolve("flow.zip");
        FlowFile.save(flow, file);
        Flow loaded = FlowFile.load(file, bijection);
        assertArrayEquals(flow.logLikelihood(images).toDoubleVector(), loaded.logLikelihood(images).toDoubleVector());
    }

    @Test
    void loadingWithAnotherArchitectureIsRejected(@TempDir Path dir) {
        Flow flow = Flow.build(Flows.glow(SHAPE, 1, 4), Precision.DOUBLE, Initialization.standard(3));
        Path file = dir.resolve("flow.zip");
        FlowFile.save(flow, file);
        assertThrows(IllegalArgumentException.class, () -> FlowFile.load(file, Flows.glow(SHAPE, 2, 4)));
        assertThrows(IllegalArgumentException.class, () -> FlowFile.load(dir.resolve("missing.zip"), flow.bijection()));
    }
}
