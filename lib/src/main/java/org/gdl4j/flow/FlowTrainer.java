package org.gdl4j.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.gdl4j.nn.Minibatches;
import org.gdl4j.nn.ParameterUpdater;
import org.gdl4j.progress.Progress;
import org.gdl4j.progress.ProgressBar;
import org.gdl4j.progress.ProgressRenderer;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Maximum-likelihood training of a {@link Flow}: each epoch shuffles the images, dequantises each minibatch
 * with fresh uniform noise ({@link Quantization#dequantize}) and takes one optimiser step on the mean
 * negative log-likelihood per dimension, optionally clipping the global gradient norm; a progress bar shows
 * the running bits per dimension. Call {@link Flow#initialize} first when the flow has ActNorm layers.
 */
public final class FlowTrainer {

    private final Flow flow;
    private final FlowTrainingConfig config;
    private final ParameterUpdater updater;
    private final Random random;

    private FlowTrainer(Flow flow, FlowTrainingConfig config) {
        this.flow = flow;
        this.config = config;
        this.updater = config.optimizer().updater(config.learningRate());
        this.random = new Random(config.seed());
    }

    /**
     * Trains the flow in place.
     *
     * @param flow the flow
     * @param images the training images {@code [N, C, H, W]} in {@code [0, 1]} (quantised to the config's bits)
     * @param config how to train
     * @return one record per epoch
     * @throws IllegalStateException if the loss or the gradient becomes NaN or infinite
     */
    public static List<FlowEpoch> fit(Flow flow, INDArray images, FlowTrainingConfig config) {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(config, "config");
        flow.bijection().inShape().requireBatch(images, "training images");
        int n = Math.toIntExact(images.size(0));
        long batches = (long) config.epochs() * ((n + config.batchSize() - 1) / config.batchSize());
        ProgressRenderer renderer = config.showProgress() ? Progress.newRenderer() : ProgressRenderer.silent();
        try (ProgressBar bar = new ProgressBar("flow training", batches, renderer)) {
            FlowTrainer trainer = new FlowTrainer(flow, config);
            List<FlowEpoch> epochs = new ArrayList<>();
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                epochs.add(trainer.epoch(epoch, images, bar));
            }
            return epochs;
        }
    }

    private FlowEpoch epoch(int epoch, INDArray images, ProgressBar bar) {
        long start = System.nanoTime();
        int[] order = Minibatches.permutation(Math.toIntExact(images.size(0)), random);
        double lossSum = 0;
        long seen = 0;
        for (int from = 0; from < order.length; from += config.batchSize()) {
            int[] rows = java.util.Arrays.copyOfRange(order, from, Math.min(order.length, from + config.batchSize()));
            INDArray batch = Minibatches.rows(images, rows);
            OutAndGrad result = flow.trainingStep(config.quantization().dequantize(batch, random));
            double loss = requireFinite(result.getOutputs().get(Flow.LOSS).getDouble(0), epoch, from);
            apply(result.getGradients(), epoch, from);
            lossSum += loss * rows.length;
            seen += rows.length;
            bar.setMetric("bpd", bitsPerDimension(lossSum / seen));
            bar.step();
        }
        double nll = lossSum / seen;
        return new FlowEpoch(epoch, nll, bitsPerDimension(nll), (System.nanoTime() - start) / 1e9);
    }

    private double bitsPerDimension(double nllPerDimension) {
        return (nllPerDimension + config.quantization().bits() * Math.log(2)) / Math.log(2);
    }

    private void apply(Map<String, INDArray> gradients, int epoch, int sample) {
        double scale = 1;
        if (config.gradientClipNorm().isPresent()) {
            double squared = 0;
            for (String name : flow.parameterNames()) {
                double norm = gradients.get(name).norm2Number().doubleValue();
                squared += norm * norm;
            }
            double norm = requireFinite(Math.sqrt(squared), epoch, sample);
            scale = Math.min(1, config.gradientClipNorm().getAsDouble() / (norm + 1e-12));
        }
        for (String name : flow.parameterNames()) {
            INDArray gradient = scale == 1 ? gradients.get(name) : gradients.get(name).mul(scale);
            updater.update(name, flow.parameter(name), gradient);
        }
    }

    private static double requireFinite(double value, int epoch, int sample) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("flow training diverged in epoch " + epoch + " at sample " + sample
                    + ": the loss or gradient norm is " + value + "; lower the learning rate or clip gradients");
        }
        return value;
    }
}
