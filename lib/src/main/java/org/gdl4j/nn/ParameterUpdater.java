package org.gdl4j.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Applies one optimiser step to a parameter in place; keeps per-parameter state between steps. */
public interface ParameterUpdater {

    /**
     * Updates {@code parameter} in place from its gradient.
     *
     * @param name the parameter's name, the key of its state
     * @param parameter the stored value
     * @param gradient the gradient of the loss, same shape
     */
    void update(String name, INDArray parameter, INDArray gradient);
}
