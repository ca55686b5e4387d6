package org.gdl4j.flow;

/**
 * One epoch of flow training, averaged over its minibatches (with the dequantisation noise of training).
 *
 * @param epoch the epoch, from 1
 * @param negativeLogLikelihood the mean {@code −log p(x_c)/D} in nats per dimension
 * @param bitsPerDimension the matching bits per dimension, {@code (nll + n·ln 2)/ln 2}
 * @param seconds the wall-clock time of the epoch
 */
public record FlowEpoch(int epoch, double negativeLogLikelihood, double bitsPerDimension, double seconds) {
}
