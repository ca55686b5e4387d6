package org.gdl4j.nn;

import java.util.OptionalDouble;

/**
 * What one training epoch achieved.
 *
 * @param epoch the epoch, from 1
 * @param trainLoss the mean loss over the epoch's minibatches (in training mode, after augmentation)
 * @param trainAccuracy the accuracy over the epoch's minibatches
 * @param validationLoss the validation loss after the epoch, if a validation set was given
 * @param validationAccuracy the validation accuracy after the epoch, if a validation set was given
 * @param seconds the wall time of the epoch
 */
public record EpochRecord(int epoch, double trainLoss, double trainAccuracy, OptionalDouble validationLoss,
                          OptionalDouble validationAccuracy, double seconds) {
}
