package org.gdl4j.grid;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Conversion between ND4J arrays and flat row-major {@code double[]} buffers.
 *
 * <p>The resamplings of this package are index gathers and short weighted sums. On small feature maps a
 * loop over a flat buffer is one to three orders of magnitude faster than a chain of ND4J ops, whose fixed
 * cost per op dominates there. Widening FLOAT to double and narrowing back is exact for values that were
 * FLOAT to begin with, so permutations stay bit-exact in both precisions.
 */
final class FlatArrays {

    private FlatArrays() {
    }

    /** The entries of {@code x} in row-major ('c') order, as doubles. */
    static double[] toDoubles(INDArray x) {
        return x.dup('c').data().asDouble();
    }

    /** A fresh row-major array of the given shape and data type holding {@code values}. */
    static INDArray fromDoubles(double[] values, long[] shape, DataType type) {
        INDArray result = Nd4j.create(values, shape, 'c');
        return type == DataType.DOUBLE ? result : result.castTo(type);
    }
}
