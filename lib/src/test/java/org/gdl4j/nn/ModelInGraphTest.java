package org.gdl4j.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.gdl4j.Precision;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A model's network built into another graph computes the model's logits there, with gradients to the input. */
class ModelInGraphTest {

    @Test
    void logitsInAnotherGraphEqualModelOutputAndReachTheInput() {
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            Model model = Model.build(ModelTest.mlp(5, 7, 3, Nonlinearity.TANH), Precision.DOUBLE,
                    Initialization.standard(3), 5);
            INDArray x = Nd4j.rand(DataType.DOUBLE, 4, 5).subi(0.5);
            SameDiff graph = SameDiff.create();
            SDVariable input = graph.var("x", x.dup());
            SDVariable logits = model.logitsIn(graph, input, "classifier");
            logits.sum().rename("loss").markAsLoss();
            INDArray inGraph = graph.output(Map.of(), logits.name()).get(logits.name());
            assertTrue(inGraph.sub(model.output(x)).amaxNumber().doubleValue() < 1e-12);
            INDArray gradient = Gradients.of(graph, Map.of(), "x").get("x");
            assertTrue(gradient.amaxNumber().doubleValue() > 1e-3);
        }
    }
}
