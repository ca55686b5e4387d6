package org.gdl4j.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.gdl4j.progress.ProgressBar;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains several models of one input shape on the same minibatches in one SameDiff graph: every model's
 * network is built into the graph under its own name scope, all read the same input, and the loss is the sum
 * of their mean cross-entropies. A model's parameters enter only its own term, so each receives exactly the
 * gradient it would get alone, and the optimiser keeps separate state per parameter: the result equals
 * training each model with {@link Trainer} and the same configuration (same seed, hence the same shuffles
 * and augmentation draws), at the cost of one graph execution per step instead of one per model. This is how
 * the members of a deep ensemble that share their batch sequence are trained together.
 *
 * <p>Memory grows with the number of models (all activations of one step are alive at once); validation and
 * early stopping are not supported here.
 */
public final class StackedTrainer {

    private static final String INPUT = "input";
    private static final String LABELS = "labels";

    private final List<Model> models;
    private final TrainingConfig config;
    private final SameDiff graph = SameDiff.create();
    private final List<Map<String, String>> stateNames = new ArrayList<>();
    private final List<String> parameterNames = new ArrayList<>();
    private final List<NetworkGraph.RunningStatistic> statistics = new ArrayList<>();
    private final ParameterUpdater updater;
    private boolean hasModeSwitch;

    private StackedTrainer(List<Model> models, TrainingConfig config) {
        this.models = models;
        this.config = config;
        this.updater = config.optimizer().updater(config.learningRate());
        build();
    }

    /**
     * Trains the models together, advancing the caller's progress bar by one step per model and minibatch.
     *
     * @param models at least one model, all of one sample shape, precision and class count
     * @param train the training set
     * @param config how each model is trained (early stopping is not supported)
     * @param bar the bar to advance
     * @return one history per model, in order; epoch times are those of the whole stack
     * @throws IllegalArgumentException if no model is given, they differ in shape, precision or classes, or
     *                                  early stopping is asked for
     * @throws IllegalStateException if a model's loss becomes NaN or infinite (naming the model)
     */
    public static List<TrainingHistory> fit(List<Model> models, Batch train, TrainingConfig config, ProgressBar bar) {
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(bar, "bar");
        requireCompatible(models);
        if (config.earlyStoppingPatience().isPresent()) {
            throw new IllegalArgumentException("stacked training does not support early stopping; train the models "
                    + "one by one with Trainer instead");
        }
        StackedTrainer trainer = new StackedTrainer(List.copyOf(models), config);
        trainer.copyIn();
        List<TrainingHistory> histories = trainer.run(train, bar);
        trainer.copyOut();
        return histories;
    }

    private static void requireCompatible(List<Model> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("expected at least one model to train");
        }
        Model first = models.get(0);
        for (Model model : models) {
            if (!Arrays.equals(model.sampleShape(), first.sampleShape()) || model.precision() != first.precision()
                    || model.classes() != first.classes()) {
                throw new IllegalArgumentException("expected models of one sample shape, precision and class count "
                        + "but got " + first + " and " + model);
            }
        }
    }

    private void build() {
        Model first = models.get(0);
        long[] sample = first.sampleShape();
        long[] placeholderShape = new long[sample.length + 1];
        placeholderShape[0] = -1;
        System.arraycopy(sample, 0, placeholderShape, 1, sample.length);
        SDVariable input = graph.placeHolder(INPUT, first.precision().dataType(), placeholderShape);
        SDVariable labels = graph.placeHolder(LABELS, first.precision().dataType(), -1, first.classes());
        SDVariable total = null;
        for (int i = 0; i < models.size(); i++) {
            SDVariable loss = defineMember(i, input, labels);
            total = total == null ? loss : total.add(loss);
        }
        total.markAsLoss();
    }

    private SDVariable defineMember(int index, SDVariable input, SDVariable labels) {
        Model model = models.get(index);
        NetworkGraph builder = new NetworkGraph(graph, model.precision(), model.initialization());
        String scope = scope(index);
        GeometricTensor output;
        try (NetworkGraph.Scope ignored = builder.scope(scope)) {
            output = model.network().define(builder, new GeometricTensor(input, model.network().inType()));
        }
        SDVariable logits = output.value().rename(scope + "/" + Model.LOGITS);
        SDVariable loss = graph.loss().softmaxCrossEntropy(scope + "/" + Model.LOSS, labels, logits, null);
        Map<String, String> names = new HashMap<>();
        for (String stacked : builder.parameters().keySet()) {
            names.put(stacked, stacked.substring(scope.length() + 1));
            parameterNames.add(stacked);
        }
        for (NetworkGraph.RunningStatistic statistic : builder.statistics()) {
            names.put(statistic.runningVariable(), statistic.runningVariable().substring(scope.length() + 1));
            statistics.add(statistic);
        }
        stateNames.add(names);
        hasModeSwitch |= builder.hasModeSwitch();
        return loss;
    }

    private static String scope(int index) {
        return "member" + index;
    }

    private void copyIn() {
        for (int i = 0; i < models.size(); i++) {
            Model model = models.get(i);
            stateNames.get(i).forEach((stacked, own) -> graph.getArrForVarName(stacked).assign(model.parameter(own)));
        }
    }

    private void copyOut() {
        for (int i = 0; i < models.size(); i++) {
            Model model = models.get(i);
            stateNames.get(i).forEach((stacked, own) -> model.parameter(own).assign(graph.getArrForVarName(stacked)));
        }
    }

    private List<TrainingHistory> run(Batch train, ProgressBar bar) {
        Random random = new Random(config.seed());
        List<List<EpochRecord>> records = new ArrayList<>();
        models.forEach(m -> records.add(new ArrayList<>()));
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            EpochRecord[] epochRecords = epoch(epoch, train, random, bar);
            for (int i = 0; i < models.size(); i++) {
                records.get(i).add(epochRecords[i]);
            }
        }
        return records.stream().map(r -> new TrainingHistory(r, false)).toList();
    }

    private EpochRecord[] epoch(int epoch, Batch train, Random random, ProgressBar bar) {
        long start = System.nanoTime();
        int[] order = Minibatches.permutation(train.size(), random);
        double[] lossSum = new double[models.size()];
        long[] correct = new long[models.size()];
        long seen = 0;
        for (int from = 0; from < order.length; from += config.batchSize()) {
            Batch batch = config.augmentation().apply(Minibatches.take(train, order, from, config.batchSize()), random);
            Map<String, INDArray> outputs = step(batch, epoch, from);
            for (int i = 0; i < models.size(); i++) {
                lossSum[i] += outputs.get(scope(i) + "/" + Model.LOSS).getDouble(0) * batch.size();
                correct[i] += Labels.countCorrect(outputs.get(scope(i) + "/" + Model.LOGITS), batch.labels());
            }
            seen += batch.size();
            bar.setMetric("loss", lossSum[models.size() - 1] / seen);
            bar.step(models.size());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        EpochRecord[] result = new EpochRecord[models.size()];
        for (int i = 0; i < models.size(); i++) {
            result[i] = new EpochRecord(epoch, lossSum[i] / seen, (double) correct[i] / seen,
                    java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), seconds);
        }
        return result;
    }

    private Map<String, INDArray> step(Batch batch, int epoch, int sample) {
        Map<String, INDArray> feed = new HashMap<>();
        org.gdl4j.Precision precision = models.get(0).precision();
        feed.put(INPUT, batch.images().castTo(precision.dataType()));
        feed.put(LABELS, Labels.oneHot(batch.labels(), models.get(0).classes(), precision.dataType()));
        if (hasModeSwitch) {
            feed.put(NetworkGraph.MODE_PLACEHOLDER, Nd4j.scalar(precision.dataType(), 1));
        }
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            outputs.add(scope(i) + "/" + Model.LOSS);
            outputs.add(scope(i) + "/" + Model.LOGITS);
        }
        statistics.forEach(s -> outputs.add(s.batchOutput()));
        OutAndGrad result = QuietStdout.call(() -> graph.calculateGradientsAndOutputs(feed, outputs, parameterNames));
        for (int i = 0; i < models.size(); i++) {
            double loss = result.getOutputs().get(scope(i) + "/" + Model.LOSS).getDouble(0);
            if (!Double.isFinite(loss)) {
                throw new IllegalStateException("training of model " + i + " diverged in epoch " + epoch
                        + " at sample " + sample + ": the loss is " + loss + "; lower the learning rate");
            }
        }
        apply(result);
        return result.getOutputs();
    }

    private void apply(OutAndGrad result) {
        for (String name : parameterNames) {
            updater.update(name, graph.getArrForVarName(name), result.getGradients().get(name));
        }
        for (NetworkGraph.RunningStatistic statistic : statistics) {
            INDArray running = graph.getArrForVarName(statistic.runningVariable());
            INDArray batchValue = result.getOutputs().get(statistic.batchOutput());
            running.muli(1 - statistic.momentum()).addi(batchValue.mul(statistic.momentum()));
        }
    }
}
