package org.gdl4j.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Checks a float64 model's parameter gradients against central finite differences of its training loss.
 * Shared by the tests of every layer package.
 */
public final class FiniteDifferences {

    private FiniteDifferences() {
    }

    /**
     * Compares the analytic gradient of the training-mode loss with {@code (L(θ+h) − L(θ−h)) / 2h} for
     * {@code entriesPerParameter} random entries of every parameter.
     *
     * @param model a float64 model
     * @param images a batch
     * @param labels its labels
     * @param entriesPerParameter how many entries of each parameter to probe
     * @param tolerance the largest allowed |analytic − numeric| relative to max(1, |numeric|)
     * @return the largest relative difference found
     */
    public static double check(Model model, INDArray images, int[] labels, int entriesPerParameter,
                               double tolerance) {
        Map<String, INDArray> gradients = model.trainingStep(images, labels).getGradients();
        Random random = new Random(11);
        double worst = 0;
        for (String name : model.parameterNames()) {
            INDArray flat = model.parameter(name).reshape(model.parameter(name).length());
            INDArray gradient = gradients.get(name).reshape(flat.length());
            for (int k = 0; k < entriesPerParameter; k++) {
                long i = random.nextInt((int) flat.length());
                double numeric = numericDerivative(model, images, labels, flat, i);
                double difference = Math.abs(gradient.getDouble(i) - numeric) / Math.max(1, Math.abs(numeric));
                worst = Math.max(worst, difference);
                assertTrue(difference < tolerance, name + "[" + i + "]: analytic " + gradient.getDouble(i)
                        + " vs finite difference " + numeric);
            }
        }
        return worst;
    }

    private static double numericDerivative(Model model, INDArray images, int[] labels, INDArray flat, long i) {
        double h = 1e-6;
        double original = flat.getDouble(i);
        flat.putScalar(i, original + h);
        double plus = loss(model, images, labels);
        flat.putScalar(i, original - h);
        double minus = loss(model, images, labels);
        flat.putScalar(i, original);
        return (plus - minus) / (2 * h);
    }

    private static double loss(Model model, INDArray images, int[] labels) {
        return model.loss(images, labels, Mode.TRAIN);
    }
}
