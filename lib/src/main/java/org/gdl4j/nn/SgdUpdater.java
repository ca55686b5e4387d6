package org.gdl4j.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** {@code θ ← θ − η g}. */
final class SgdUpdater implements ParameterUpdater {

    private final double learningRate;

    SgdUpdater(double learningRate) {
        this.learningRate = learningRate;
    }

    @Override
    public void update(String name, INDArray parameter, INDArray gradient) {
        parameter.subi(gradient.mul(learningRate));
    }
}
