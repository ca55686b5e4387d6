package org.gdl4j.nn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.gdl4j.progress.Progress;
import org.gdl4j.progress.ProgressBar;
import org.gdl4j.progress.ProgressRenderer;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Minibatch training of a {@link Model} by softmax cross-entropy: shuffling per epoch, an augmentation hook,
 * SGD or Adam, running statistics for batch normalisation, validation after each epoch, early stopping that
 * restores the best parameters, a progress bar, and a clear error when the loss stops being finite.
 */
public final class Trainer {

    private final Model model;
    private final TrainingConfig config;
    private final ParameterUpdater updater;
    private final Random random;

    private Trainer(Model model, TrainingConfig config) {
        this.model = model;
        this.config = config;
        this.updater = config.optimizer().updater(config.learningRate());
        this.random = new Random(config.seed());
    }

    /**
     * Trains without a validation set.
     *
     * @param model the model, changed in place
     * @param train the training set, {@code [N, sampleShape…]} with {@code N} labels
     * @param config how to train
     * @return the history of the run
     */
    public static TrainingHistory fit(Model model, Batch train, TrainingConfig config) {
        return fit(model, train, Optional.empty(), config);
    }

    /**
     * Trains, evaluating on a validation set after every epoch (needed for early stopping).
     *
     * @param model the model, changed in place
     * @param train the training set
     * @param validation the validation set, if any
     * @param config how to train
     * @return the history of the run
     * @throws IllegalArgumentException if early stopping is asked for without a validation set
     * @throws IllegalStateException if the loss becomes NaN or infinite
     */
    public static TrainingHistory fit(Model model, Batch train, Optional<Batch> validation, TrainingConfig config) {
        validate(model, train, validation, config);
        int batches = batchesPerEpoch(train.size(), config);
        ProgressRenderer renderer = config.showProgress() ? Progress.newRenderer() : ProgressRenderer.silent();
        try (ProgressBar bar = new ProgressBar("training", (long) config.epochs() * batches, renderer)) {
            return new Trainer(model, config).run(train, validation, bar);
        }
    }

    /**
     * Trains, advancing a progress bar owned by the caller by one step per minibatch and leaving it open, so
     * that several runs (the members of an ensemble) share one bar; {@code config.showProgress()} is ignored.
     *
     * @param model the model, changed in place
     * @param train the training set
     * @param validation the validation set, if any
     * @param config how to train
     * @param bar the bar to advance by {@code epochs · ⌈N / batchSize⌉} steps at most
     * @return the history of the run
     * @throws IllegalArgumentException if early stopping is asked for without a validation set
     * @throws IllegalStateException if the loss becomes NaN or infinite
     */
    public static TrainingHistory fit(Model model, Batch train, Optional<Batch> validation, TrainingConfig config,
                                      ProgressBar bar) {
        validate(model, train, validation, config);
        Objects.requireNonNull(bar, "bar");
        return new Trainer(model, config).run(train, validation, bar);
    }

    /**
     * The number of minibatches in one epoch.
     *
     * @param samples {@code N}, the training set's size
     * @param config how to train
     * @return {@code ⌈N / batchSize⌉}
     */
    public static int batchesPerEpoch(int samples, TrainingConfig config) {
        return (samples + config.batchSize() - 1) / config.batchSize();
    }

    private static void validate(Model model, Batch train, Optional<Batch> validation, TrainingConfig config) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(config, "config");
        if (config.earlyStoppingPatience().isPresent() && validation.isEmpty()) {
            throw new IllegalArgumentException("early stopping needs a validation set");
        }
    }

    private TrainingHistory run(Batch train, Optional<Batch> validation, ProgressBar bar) {
        EarlyStopping stopping = new EarlyStopping(model, config.earlyStoppingPatience());
        List<EpochRecord> records = new java.util.ArrayList<>();
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            EpochRecord record = epoch(epoch, train, validation, bar);
            records.add(record);
            if (stopping.shouldStop(record)) {
                stopping.restoreBest();
                return new TrainingHistory(records, true);
            }
        }
        stopping.restoreBest();
        return new TrainingHistory(records, false);
    }

    private EpochRecord epoch(int epoch, Batch train, Optional<Batch> validation, ProgressBar bar) {
        long start = System.nanoTime();
        int[] order = Minibatches.permutation(train.size(), random);
        double lossSum = 0;
        long correct = 0;
        long seen = 0;
        for (int from = 0; from < order.length; from += config.batchSize()) {
            Batch batch = config.augmentation().apply(Minibatches.take(train, order, from, config.batchSize()), random);
            OutAndGrad result = model.trainingStep(batch.images(), batch.labels());
            double loss = requireFinite(result.getOutputs().get(Model.LOSS).getDouble(0), epoch, from);
            apply(result);
            lossSum += loss * batch.size();
            correct += Labels.countCorrect(result.getOutputs().get(Model.LOGITS), batch.labels());
            seen += batch.size();
            bar.setMetric("loss", lossSum / seen);
            bar.setMetric("acc", (double) correct / seen);
            bar.step();
        }
        OptionalDouble validationLoss = OptionalDouble.empty();
        OptionalDouble validationAccuracy = OptionalDouble.empty();
        if (validation.isPresent()) {
            Evaluation evaluation = model.evaluate(validation.get().images(), validation.get().labels(),
                    Math.max(config.batchSize(), 256));
            validationLoss = OptionalDouble.of(evaluation.loss());
            validationAccuracy = OptionalDouble.of(evaluation.accuracy());
        }
        return new EpochRecord(epoch, lossSum / seen, (double) correct / seen, validationLoss, validationAccuracy,
                (System.nanoTime() - start) / 1e9);
    }

    private void apply(OutAndGrad result) {
        Map<String, INDArray> gradients = result.getGradients();
        for (String name : model.parameterNames()) {
            updater.update(name, model.parameter(name), gradients.get(name));
        }
        for (NetworkGraph.RunningStatistic statistic : model.statistics()) {
            INDArray running = model.parameter(statistic.runningVariable());
            INDArray batchValue = result.getOutputs().get(statistic.batchOutput());
            running.muli(1 - statistic.momentum()).addi(batchValue.mul(statistic.momentum()));
        }
    }

    private static double requireFinite(double loss, int epoch, int sample) {
        if (!Double.isFinite(loss)) {
            throw new IllegalStateException("training diverged in epoch " + epoch + " at sample " + sample
                    + ": the loss is " + loss + "; lower the learning rate");
        }
        return loss;
    }

    /** Remembers the parameters of the best validation loss and decides when to stop. */
    private static final class EarlyStopping {
        private final Model model;
        private final java.util.OptionalInt patience;
        private double bestLoss = Double.POSITIVE_INFINITY;
        private int epochsWithoutImprovement;
        private Map<String, INDArray> best;

        EarlyStopping(Model model, java.util.OptionalInt patience) {
            this.model = model;
            this.patience = patience;
        }

        boolean shouldStop(EpochRecord record) {
            if (patience.isEmpty() || record.validationLoss().isEmpty()) {
                return false;
            }
            double loss = record.validationLoss().getAsDouble();
            if (loss < bestLoss) {
                bestLoss = loss;
                epochsWithoutImprovement = 0;
                best = new HashMap<>();
                model.stateNames().forEach(n -> best.put(n, model.parameter(n).dup()));
                return false;
            }
            return ++epochsWithoutImprovement >= patience.getAsInt();
        }

        /** Restores the parameters of the best validation loss seen, if early stopping was asked for. */
        void restoreBest() {
            if (best != null) {
                best.forEach((name, value) -> model.parameter(name).assign(value));
            }
        }
    }
}
