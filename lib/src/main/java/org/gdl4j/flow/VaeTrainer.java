package org.gdl4j.flow;

import java.util.ArrayList;
import java.util.Arrays;
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
 * ELBO training of a {@link Vae} (Kingma and Welling, ICLR 2014): each epoch shuffles the images and, per
 * minibatch, draws the reparameterisation noise {@code ε ~ N(0, I)} from the config's seeded generator and
 * takes one optimiser step on the negative mean ELBO. A progress bar shows the running ELBO per image.
 */
public final class VaeTrainer {

    private final Vae vae;
    private final VaeTrainingConfig config;
    private final ParameterUpdater updater;
    private final Random random;

    private VaeTrainer(Vae vae, VaeTrainingConfig config) {
        this.vae = vae;
        this.config = config;
        this.updater = config.optimizer().updater(config.learningRate());
        this.random = new Random(config.seed());
    }

    /**
     * Trains the VAE in place.
     *
     * @param vae the VAE
     * @param images the training images {@code [N, C, H, W]} with values in {@code [0, 1]}
     * @param config how to train
     * @return one record per epoch
     * @throws IllegalArgumentException if the images have another shape or values outside {@code [0, 1]}
     * @throws IllegalStateException if the loss becomes NaN or infinite
     */
    public static List<VaeEpoch> fit(Vae vae, INDArray images, VaeTrainingConfig config) {
        Objects.requireNonNull(vae, "vae");
        Objects.requireNonNull(config, "config");
        INDArray data = VaeInputs.unitImages(vae.architecture(), images, vae.precision(), "training images");
        int n = Math.toIntExact(data.size(0));
        long batches = (long) config.epochs() * ((n + config.batchSize() - 1) / config.batchSize());
        ProgressRenderer renderer = config.showProgress() ? Progress.newRenderer() : ProgressRenderer.silent();
        try (ProgressBar bar = new ProgressBar("VAE training", batches, renderer)) {
            VaeTrainer trainer = new VaeTrainer(vae, config);
            List<VaeEpoch> epochs = new ArrayList<>();
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                epochs.add(trainer.epoch(epoch, data, bar));
            }
            return epochs;
        }
    }

    private VaeEpoch epoch(int epoch, INDArray images, ProgressBar bar) {
        long start = System.nanoTime();
        int[] order = Minibatches.permutation(Math.toIntExact(images.size(0)), random);
        double[] sums = new double[3]; // ELBO, reconstruction, KL
        long seen = 0;
        for (int from = 0; from < order.length; from += config.batchSize()) {
            int[] rows = Arrays.copyOfRange(order, from, Math.min(order.length, from + config.batchSize()));
            INDArray batch = Minibatches.rows(images, rows);
            INDArray noise = VaeInputs.gaussian(random, rows.length, vae.architecture().latentDimension());
            OutAndGrad result = vae.trainingStep(batch, noise);
            double loss = requireFinite(result.getOutputs().get(Vae.LOSS).getDouble(0), epoch, from);
            apply(result.getGradients());
            sums[0] -= loss * rows.length;
            sums[1] += result.getOutputs().get(Vae.RECONSTRUCTION).sumNumber().doubleValue();
            sums[2] += result.getOutputs().get(Vae.KL).sumNumber().doubleValue();
            seen += rows.length;
            bar.setMetric("elbo", sums[0] / seen);
            bar.step();
        }
        return new VaeEpoch(epoch, sums[0] / seen, sums[1] / seen, sums[2] / seen, (System.nanoTime() - start) / 1e9);
    }

    private void apply(Map<String, INDArray> gradients) {
        for (String name : vae.parameterNames()) {
            updater.update(name, vae.parameter(name), gradients.get(name));
        }
    }

    private static double requireFinite(double value, int epoch, int sample) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("VAE training diverged in epoch " + epoch + " at sample " + sample
                    + ": the loss (negative ELBO) is " + value + "; lower the learning rate");
        }
        return value;
    }
}
