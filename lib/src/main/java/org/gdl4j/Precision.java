package org.gdl4j;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * Floating-point precision of a computation, with the tolerance its exact checks use.
 *
 * <p>Training runs in {@link #FLOAT}; kernels, representation theory and reference checks in
 * {@link #DOUBLE}. A check passes when {@code max|a − b| ≤ atol + rtol · max|b|}; for results that are
 * exact up to rounding (pixel permutations, representation laws, flow round trips) the tolerances are
 * those of {@link #exactTolerance()}.
 */
public enum Precision {
    /** IEEE binary32. */
    FLOAT(DataType.FLOAT, 1e-5),
    /** IEEE binary64. */
    DOUBLE(DataType.DOUBLE, 1e-10);

    private final DataType dataType;
    private final double exactTolerance;

    Precision(DataType dataType, double exactTolerance) {
        this.dataType = dataType;
        this.exactTolerance = exactTolerance;
    }

    /** @return the ND4J data type of this precision */
    public DataType dataType() {
        return dataType;
    }

    /**
     * The tolerance of checks whose two sides agree up to rounding: 1e-5 in float32, 1e-10 in float64.
     *
     * @return an absolute tolerance for values of order one
     */
    public double exactTolerance() {
        return exactTolerance;
    }

    /**
     * The precision of an ND4J data type.
     *
     * @param type {@code FLOAT} or {@code DOUBLE}
     * @return the matching precision
     * @throws IllegalArgumentException for any other type
     */
    public static Precision of(DataType type) {
        return switch (type) {
            case FLOAT -> FLOAT;
            case DOUBLE -> DOUBLE;
            default -> throw new IllegalArgumentException("expected a FLOAT or DOUBLE array but got " + type);
        };
    }
}
