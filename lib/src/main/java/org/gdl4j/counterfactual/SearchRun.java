package org.gdl4j.counterfactual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gdl4j.nn.ParameterUpdater;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The state of one batch of searches: the latents, the optimiser and what each image has recorded so far. */
final class SearchRun {

    private final ScoreGraph graph;
    private final Chart chart;
    private final SearchConfig config;
    private final int[] targets;
    private final INDArray latents;
    private final ParameterUpdater updater;
    private final Counterfactual[] results;
    private final List<List<Double>> probabilities = new ArrayList<>();
    private final List<List<Snapshot>> snapshots = new ArrayList<>();
    private INDArray start;

    SearchRun(ScoreGraph graph, Chart chart, SearchConfig config, INDArray latents, int[] targets) {
        this.graph = graph;
        this.chart = chart;
        this.config = config;
        this.targets = targets.clone();
        this.latents = latents.dup();
        this.updater = config.optimizer().updater(config.learningRate());
        this.results = new Counterfactual[targets.length];
        for (int i = 0; i < targets.length; i++) {
            probabilities.add(new ArrayList<>());
            snapshots.add(new ArrayList<>());
        }
    }

    List<Counterfactual> run() {
        for (int k = 0; ; k++) {
            ScoreGraph.Evaluation e = graph.evaluate(latents);
            if (k == 0) {
                start = e.images().dup();
            }
            record(k, e);
            if (Arrays.stream(results).allMatch(r -> r != null)) {
                return List.of(results);
            }
            if (k == config.maxSteps()) {
                finishRemaining(k, e);
                return List.of(results);
            }
            step(e.lossGradient());
        }
    }

    private void record(int k, ScoreGraph.Evaluation e) {
        for (int i = 0; i < results.length; i++) {
            if (results[i] != null) {
                continue;
            }
            double p = Math.exp(e.scores()[i]);
            probabilities.get(i).add(p);
            if (config.snapshotEvery() > 0 && k % config.snapshotEvery() == 0) {
                snapshots.get(i).add(new Snapshot(k, row(e.images(), i)));
            }
            if (p > config.threshold()) {
                finish(i, k, StopReason.THRESHOLD_REACHED, e);
            }
        }
    }

    private void finishRemaining(int k, ScoreGraph.Evaluation e) {
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                finish(i, k, StopReason.BUDGET_EXHAUSTED, e);
            }
        }
    }

    private void finish(int i, int k, StopReason reason, ScoreGraph.Evaluation e) {
        INDArray image = row(e.images(), i);
        List<Snapshot> kept = snapshots.get(i);
        if (config.snapshotEvery() > 0 && (kept.isEmpty() || kept.get(kept.size() - 1).step() != k)) {
            kept.add(new Snapshot(k, image));
        }
        double[] p = probabilities.get(i).stream().mapToDouble(Double::doubleValue).toArray();
        results[i] = new Counterfactual(targets[i], row(start, i), image, row(latents, i), k, reason, p, kept);
    }

    /** One optimiser step on the loss {@code −Σ S_i}; finished images keep their latents. */
    private void step(INDArray lossGradient) {
        INDArray before = latents.dup();
        updater.update(ScoreGraph.LATENT, latents, lossGradient);
        chart.project(latents);
        for (int i = 0; i < results.length; i++) {
            if (results[i] != null) {
                latents.get(NDArrayIndex.point(i)).assign(before.get(NDArrayIndex.point(i)));
            }
        }
    }

    private static INDArray row(INDArray batch, int i) {
        return batch.get(NDArrayIndex.point(i)).dup();
    }
}
