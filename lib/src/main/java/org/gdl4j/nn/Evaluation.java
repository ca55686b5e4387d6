package org.gdl4j.nn;

/**
 * Loss and accuracy of a model on a data set.
 *
 * @param loss the mean softmax cross-entropy
 * @param accuracy the fraction of samples whose largest logit is the label's
 * @param samples the number of samples
 */
public record Evaluation(double loss, double accuracy, long samples) {
}
