package org.gdl4j.nn;

/** Whether a graph runs for training (batch statistics) or inference (running statistics). */
public enum Mode {
    /** Batch normalisation uses the statistics of the current batch. */
    TRAIN,
    /** Batch normalisation uses the running statistics gathered during training. */
    INFERENCE
}
