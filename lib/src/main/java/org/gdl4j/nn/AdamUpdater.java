package org.gdl4j.nn;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam: {@code m ← β₁m + (1−β₁)g}, {@code v ← β₂v + (1−β₂)g²},
 * {@code θ ← θ − η m̂ / (√v̂ + ε)} with {@code m̂ = m/(1−β₁ᵗ)}, {@code v̂ = v/(1−β₂ᵗ)}.
 */
final class AdamUpdater implements ParameterUpdater {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double learningRate;
    private final Map<String, Moments> moments = new HashMap<>();

    AdamUpdater(double learningRate) {
        this.learningRate = learningRate;
    }

    @Override
    public void update(String name, INDArray parameter, INDArray gradient) {
        Moments state = moments.computeIfAbsent(name, k -> new Moments(parameter.ulike(), parameter.ulike()));
        state.step++;
        state.first.muli(BETA1).addi(gradient.mul(1 - BETA1));
        state.second.muli(BETA2).addi(gradient.mul(gradient).muli(1 - BETA2));
        double firstCorrection = 1 - Math.pow(BETA1, state.step);
        double secondCorrection = 1 - Math.pow(BETA2, state.step);
        INDArray denominator = Transforms.sqrt(state.second.div(secondCorrection), false).addi(EPSILON);
        parameter.subi(state.first.div(firstCorrection).divi(denominator).muli(learningRate));
    }

    private static final class Moments {
        private final INDArray first;
        private final INDArray second;
        private long step;

        private Moments(INDArray first, INDArray second) {
            this.first = first.assign(0);
            this.second = second.assign(0);
        }
    }
}
