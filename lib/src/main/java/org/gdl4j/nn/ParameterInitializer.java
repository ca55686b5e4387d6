package org.gdl4j.nn;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Draws initial parameter values and the forward-pass factors of {@link Parameterization}. */
final class ParameterInitializer {

    private ParameterInitializer() {
    }

    /** The stored initial value of a parameter: Gaussian, ones or zeros, scaled per parameterisation. */
    static INDArray draw(ParameterSpec spec, Initialization init, Random random, DataType type) {
        return switch (spec.role()) {
            case SCALE -> Nd4j.ones(type, spec.shape());
            case SHIFT -> Nd4j.zeros(type, spec.shape());
            case WEIGHT, BIAS -> gaussian(spec, random, storedStandardDeviation(spec, init)).castTo(type);
        };
    }

    /** The factor multiplying the stored value in the forward pass. */
    static double forwardFactor(ParameterSpec spec, Initialization init) {
        if (init.parameterization() == Parameterization.STANDARD) {
            return 1.0;
        }
        return switch (spec.role()) {
            case WEIGHT -> init.sigmaW() / Math.sqrt(spec.fanIn());
            case BIAS -> init.sigmaB();
            case SCALE, SHIFT -> 1.0;
        };
    }

    private static double storedStandardDeviation(ParameterSpec spec, Initialization init) {
        if (init.parameterization() == Parameterization.NTK) {
            return 1.0;
        }
        return spec.role() == ParameterRole.WEIGHT ? init.sigmaW() / Math.sqrt(spec.fanIn()) : init.sigmaB();
    }

    private static INDArray gaussian(ParameterSpec spec, Random random, double standardDeviation) {
        double[] values = new double[Math.toIntExact(spec.length())];
        for (int i = 0; i < values.length; i++) {
            values[i] = standardDeviation * random.nextGaussian();
        }
        return Nd4j.create(values, spec.shape(), DataType.DOUBLE);
    }
}
