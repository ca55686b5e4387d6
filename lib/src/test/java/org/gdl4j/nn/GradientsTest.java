package org.gdl4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GradientsTest {

    private static SameDiff sumOfSquares(double... w) {
        SameDiff graph = SameDiff.create();
        SDVariable weights = graph.var("w", Nd4j.createFromArray(w));
        SDVariable x = graph.placeHolder("x", DataType.DOUBLE, w.length);
        weights.mul(weights).mul(x).sum().rename("loss").markAsLoss();
        return graph;
    }

    @Test
    void gradientOfWeightedSumOfSquaresIsTwiceWeightTimesInput() {
        SameDiff graph = sumOfSquares(1, -2, 3);
        INDArray x = Nd4j.createFromArray(1.0, 0.5, 2.0);
        INDArray gradient = Gradients.of(graph, Map.of("x", x), "w").get("w");
        assertEquals(Nd4j.createFromArray(2.0, -2.0, 12.0), gradient);
    }

    @Test
    void standardOutputStaysQuietAndIsRestored() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured);
        System.setOut(capture);
        try {
            Gradients.of(sumOfSquares(1, 2), Map.of("x", Nd4j.createFromArray(1.0, 1.0)), "w");
            assertSame(capture, System.out);
        } finally {
            System.setOut(original);
        }
        assertEquals("", captured.toString());
    }

    @Test
    void unknownVariableIsRejectedWithTheGraphsNames() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> Gradients.of(sumOfSquares(1), Map.of(), "v"));
        assertTrue(error.getMessage().contains("'v'") && error.getMessage().contains("w"), error.getMessage());
    }

    @Test
    void graphWithoutLossIsRejected() {
        SameDiff graph = SameDiff.create();
        graph.var("w", Nd4j.ones(DataType.DOUBLE, 2));
        var error = assertThrows(IllegalArgumentException.class, () -> Gradients.of(graph, Map.of(), "w"));
        assertTrue(error.getMessage().contains("markAsLoss"), error.getMessage());
    }
}
