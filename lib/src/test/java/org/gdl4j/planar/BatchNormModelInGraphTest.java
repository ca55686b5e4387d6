package org.gdl4j.planar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.gdl4j.Precision;
import org.gdl4j.nn.Batch;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Mode;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.NativeThreads;
import org.gdl4j.nn.Trainer;
import org.gdl4j.nn.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A batch-normalised network built into another graph runs at inference, on the trained running statistics. */
class BatchNormModelInGraphTest {

    @Test
    void logitsInAnotherGraphUseTheRunningStatistics() {
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            Model model = Model.build(Architectures.cnn(1, 4, 3), Precision.DOUBLE, Initialization.standard(5),
                    1, 8, 8);
            Nd4j.getRandom().setSeed(3);
            INDArray images = Nd4j.rand(DataType.DOUBLE, 16, 1, 8, 8);
            int[] labels = new int[16];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = i % 3;
            }
            Trainer.fit(model, new Batch(images, labels), TrainingConfig.adam(1e-2).withBatchSize(8)
                    .withProgress(false));
            INDArray x = images.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 2));
            SameDiff graph = SameDiff.create();
            SDVariable logits = model.logitsIn(graph, graph.var("x", x.dup()), "classifier");
            INDArray inGraph = graph.output(Map.of(), logits.name()).get(logits.name());
            double inference = inGraph.sub(model.output(x)).amaxNumber().doubleValue();
            double training = inGraph.sub(model.output(x, Mode.TRAIN)).amaxNumber().doubleValue();
            assertTrue(inference < 1e-12, "inference error " + inference);
            assertTrue(training > 1e-6, "the training-mode logits should differ but differ by " + training);
        }
    }
}
