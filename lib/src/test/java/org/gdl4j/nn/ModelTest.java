package org.gdl4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdl4j.Precision;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ModelTest {

    static Sequential mlp(int inputs, int hidden, int classes, Nonlinearity nonlinearity) {
        FieldType in = FieldType.plain(inputs);
        Dense first = new Dense(in, hidden);
        Dense second = new Dense(first.outType(), classes);
        return Sequential.of(first, new Pointwise(first.outType(), nonlinearity), second);
    }

    @Test
    void logitsHaveOneRowPerSampleAndOneColumnPerClass() {
        Model model = Model.build(mlp(6, 8, 3, Nonlinearity.RELU), Precision.FLOAT, Initialization.standard(1), 6);
        INDArray logits = model.output(Nd4j.rand(DataType.FLOAT, 5, 6));
        assertArrayEquals(new long[] {5, 3}, logits.shape());
        assertEquals(6 * 8 + 8 + 8 * 3 + 3, model.parameterCount());
    }

    @Test
    void sameSeedGivesTheSameParametersAndAnotherSeedDifferentOnes() {
        Sequential net = mlp(4, 5, 2, Nonlinearity.TANH);
        Model a = Model.build(net, Precision.DOUBLE, Initialization.standard(7), 4);
        Model b = Model.build(net, Precision.DOUBLE, Initialization.standard(7), 4);
        Model c = Model.build(net, Precision.DOUBLE, Initialization.standard(8), 4);
        String weight = a.parameterNames().get(0);
        assertEquals(a.parameter(weight), b.parameter(weight));
        assertNotEquals(a.parameter(weight), c.parameter(weight));
    }

    @Test
    void ntkAndStandardParameterisationsComputeTheSameFunctionFromTheSameDraw() {
        Sequential net = mlp(4, 6, 3, Nonlinearity.ERF);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 7, 4);
        Model standard = Model.build(net, Precision.DOUBLE,
                new Initialization(Parameterization.STANDARD, 1.3, 0.2, 5), 4);
        Model ntk = Model.build(net, Precision.DOUBLE, Initialization.ntk(1.3, 0.2, 5), 4);
        double difference = standard.output(x).sub(ntk.output(x)).amaxNumber().doubleValue();
        assertTrue(difference < 1e-12, "outputs differ by " + difference);
        String weight = ntk.parameterNames().get(0);
        double ntkStd = ntk.parameter(weight).stdNumber().doubleValue();
        assertTrue(Math.abs(ntkStd - 1) < 0.35, "NTK weights should have unit scale but have std " + ntkStd);
    }

    @Test
    void denseGradientsMatchFiniteDifferences() {
        Model model = Model.build(mlp(5, 7, 3, Nonlinearity.TANH), Precision.DOUBLE,
                new Initialization(Parameterization.STANDARD, 1.5, 0.3, 3), 5);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 4, 5);
        double worst = FiniteDifferences.check(model, x, new int[] {0, 2, 1, 2}, 6, 1e-6);
        assertTrue(worst < 1e-6);
    }

    @Test
    void inputOfTheWrongShapeIsRejectedWithTheExpectedShape() {
        Model model = Model.build(mlp(6, 4, 2, Nonlinearity.RELU), Precision.FLOAT, Initialization.standard(1), 6);
        var error = assertThrows(IllegalArgumentException.class, () -> model.output(Nd4j.rand(DataType.FLOAT, 3, 5)));
        assertTrue(error.getMessage().contains("[N, 6]") && error.getMessage().contains("[3, 5]"), error.getMessage());
    }

    @Test
    void sampleShapeMustMatchTheNetworksInputChannels() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> Model.build(mlp(6, 4, 2, Nonlinearity.RELU), Precision.FLOAT, Initialization.standard(1), 5));
        assertTrue(error.getMessage().contains("expected 6 channels"), error.getMessage());
    }

    @Test
    void labelsOutOfRangeAreRejected() {
        Model model = Model.build(mlp(3, 4, 2, Nonlinearity.RELU), Precision.FLOAT, Initialization.standard(1), 3);
        var error = assertThrows(IllegalArgumentException.class,
                () -> model.evaluate(Nd4j.rand(DataType.FLOAT, 2, 3), new int[] {0, 2}, 8));
        assertTrue(error.getMessage().contains("[0, 2)"), error.getMessage());
    }

    @Test
    void mistypedSequentialIsRejectedWhenWritten() {
        Dense first = new Dense(FieldType.plain(4), 5);
        var error = assertThrows(IllegalArgumentException.class,
                () -> Sequential.of(first, new Dense(FieldType.plain(6), 2)));
        assertTrue(error.getMessage().contains("layer 1"), error.getMessage());
    }
}
