package org.gdl4j.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gdl4j.Precision;
import org.gdl4j.nn.Initialization;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ActNormTest {

    private static final ImageShape SHAPE = new ImageShape(2, 4, 4);

    @Test
    void dataDependentInitGivesZeroMeanUnitStdPerChannelOnTheInitBatch() {
        Nd4j.getRandom().setSeed(3);
        INDArray batch = Nd4j.randn(DataType.DOUBLE, SHAPE.batchShape(5)).muli(3).addi(2);
        // the second ActNorm sees the output of the 1x1 convolution, initialised after the first ActNorm
        Flow flow = Flow.build(Composition.of(new ActNorm(SHAPE), new InvertibleConv1x1(SHAPE), new ActNorm(SHAPE)),
                Precision.DOUBLE, Initialization.standard(1));
        flow.initialize(batch);
        INDArray perChannel = flow.encode(batch).permute(1, 0, 2, 3).dup().reshape(2, -1);
        for (int c = 0; c < 2; c++) {
            assertEquals(0, perChannel.getRow(c).meanNumber().doubleValue(), 1e-12);
            assertEquals(1, perChannel.getRow(c).stdNumber(false).doubleValue(), 1e-5);
        }
    }
}
