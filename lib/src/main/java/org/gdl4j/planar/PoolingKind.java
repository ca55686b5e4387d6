package org.gdl4j.planar;

/** The reduction of a pooling layer. */
public enum PoolingKind {
    /** The largest value. */
    MAX,
    /** The mean value. */
    MEAN
}
