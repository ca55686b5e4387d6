package org.gdl4j.planar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdl4j.Precision;
import org.gdl4j.group.Groups;
import org.gdl4j.nn.*;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ScratchTest {

    /** +90° CCW: new[i][j] = old[j][W-1-i]. */
    static INDArray rot90(INDArray x) {
        long[] s = x.shape();
        INDArray out = Nd4j.zeros(x.dataType(), s);
        int h = (int) s[2];
        for (int n = 0; n < s[0]; n++) for (int c = 0; c < s[1]; c++)
            for (int i = 0; i < h; i++) for (int j = 0; j < h; j++)
                out.putScalar(new long[]{n, c, i, j}, x.getDouble(n, c, j, h - 1 - i));
        return out;
    }

    /** regular C4 fields: out[f, i] = rot(x[f, i-1 mod 4]). */
    static INDArray actRegular(INDArray x) {
        INDArray r = rot90(x);
        INDArray out = r.dup();
        long c = x.size(1);
        for (int ch = 0; ch < c; ch++) {
            int f = ch / 4, i = ch % 4;
            int src = f * 4 + Math.floorMod(i - 1, 4);
            out.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(ch))
               .assign(r.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(src)));
        }
        return out;
    }

    @Test
    void c4NetworkIsEquivariant() {
        var c4 = Groups.cyclic(4);
        LiftingConvolution lift = LiftingConvolution.of(c4, 1, 3, 3);
        GroupConvolution conv = GroupConvolution.of(lift.outType(), 2, 3);
        FieldBatchNorm bn = new FieldBatchNorm(conv.outType());
        Sequential net = Sequential.of(lift, Pointwise.relu(lift.outType()), conv, bn);
        // model output must be rank 2: wrap for test by pooling
        GroupPooling gp = new GroupPooling(conv.outType(), PoolingKind.MAX);
        GlobalAveragePool gap = new GlobalAveragePool(gp.outType());
        Dense dense = new Dense(gap.outType(), 2);
        Sequential full = Sequential.of(net, gp, gap, dense);
        Model model = Model.build(full, Precision.DOUBLE, Initialization.standard(3), 1, 7, 7);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 2, 1, 7, 7);
        INDArray a = model.output(x, Mode.TRAIN);
        INDArray b = model.output(rot90(x), Mode.TRAIN);
        double err = a.sub(b).amaxNumber().doubleValue();
        System.err.println("invariance error " + err + " " + a);
        assertTrue(err < 1e-10);
    }
}
