package org.gdl4j.planar;

import org.gdl4j.Precision;
import org.gdl4j.group.Groups;
import org.gdl4j.nn.*;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class TimingScratchTest {
    @Test
    void time() {
        var c4 = Groups.cyclic(4);
        int f = 6;
        LiftingConvolution lift = LiftingConvolution.of(c4, 1, f, 3);
        FieldType t = lift.outType();
        Sequential g = Sequential.of(lift, Pointwise.relu(t), new SpatialPooling(t, PoolingKind.MAX, 2),
                GroupConvolution.of(t, f, 3), new FieldBatchNorm(t), Pointwise.relu(t), new SpatialPooling(t, PoolingKind.MAX, 2),
                GroupConvolution.of(t, f, 3), Pointwise.relu(t), new GroupPooling(t, PoolingKind.MAX),
                new GlobalAveragePool(FieldType.trivial(c4, f)), new Dense(FieldType.trivial(c4, f), 10));
        Model model = Model.build(g, Precision.FLOAT, Initialization.standard(2), 1, 28, 28);
        System.err.println("params " + model.parameterCount());
        int n = 256;
        Nd4j.getRandom().setSeed(1);
        Batch data = new Batch(Nd4j.rand(DataType.FLOAT, n, 1, 28, 28), new int[n]);
        for (int i = 0; i < 4; i++) {
            long t0 = System.nanoTime();
            Trainer.fit(model, data, TrainingConfig.adam(0.01).withEpochs(1).withBatchSize(64).withProgress(false));
            long t1 = System.nanoTime();
            model.evaluate(data.images(), data.labels(), 256);
            long t2 = System.nanoTime();
            System.err.printf("epoch %d: train %.1f ms/step, eval %.1f ms per 256%n", i, (t1 - t0) / 1e6 / 4, (t2 - t1) / 1e6);
        }
    }
}
