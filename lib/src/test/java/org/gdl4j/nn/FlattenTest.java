package org.gdl4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdl4j.Precision;
import org.gdl4j.group.Groups;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class FlattenTest {

    private static Model flattenThenDense(int height, int width) {
        Flatten flatten = new Flatten(FieldType.plain(2), height, width);
        return Model.build(Sequential.of(flatten, new Dense(flatten.outType(), 3)), Precision.DOUBLE,
                Initialization.standard(4), 2, height, width);
    }

    @Test
    void flattenOrdersEntriesByChannelRowAndColumn() {
        Model model = flattenThenDense(3, 4);
        INDArray images = Nd4j.rand(DataType.DOUBLE, 5, 2, 3, 4);
        INDArray weight = model.parameter(model.parameterNames().get(0));
        INDArray expected = images.reshape(5, 24).mmul(weight);
        double difference = model.output(images).sub(expected).amaxNumber().doubleValue();
        assertTrue(difference < 1e-12, "flatten differs from a C-order reshape by " + difference);
        assertEquals(24, weight.size(0));
    }

    @Test
    void imagesOfAnotherSizeFailInsteadOfBeingRegrouped() {
        Flatten flatten = new Flatten(FieldType.plain(1), 2, 2);
        Model model = Model.build(Sequential.of(flatten, new Dense(flatten.outType(), 2)), Precision.DOUBLE,
                Initialization.standard(1), 1, 4, 4);
        assertThrows(RuntimeException.class, () -> model.output(Nd4j.rand(DataType.DOUBLE, 3, 1, 4, 4)));
    }

    @Test
    void regularFieldsAndEmptyImagesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Flatten(FieldType.regular(Groups.cyclic(4), 2), 4, 4));
        assertThrows(IllegalArgumentException.class, () -> new Flatten(FieldType.plain(1), 0, 4));
    }
}
