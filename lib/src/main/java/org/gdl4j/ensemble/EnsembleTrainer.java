package org.gdl4j.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gdl4j.nn.Batch;
import org.gdl4j.nn.NativeThreads;
import org.gdl4j.nn.StackedTrainer;
import org.gdl4j.nn.Trainer;
import org.gdl4j.nn.TrainingConfig;
import org.gdl4j.nn.TrainingHistory;
import org.gdl4j.progress.Progress;
import org.gdl4j.progress.ProgressBar;
import org.gdl4j.progress.ProgressRenderer;

/**
 * Trains the members of an {@link Ensemble} one after another with the {@link Trainer}, under one progress
 * bar for the whole ensemble. Every member gets the same configuration (optimiser, learning rate, epochs,
 * batch size, augmentation); {@link BatchOrder} decides whether they also share the minibatch sequence.
 *
 * <p>With {@code Augmentations.fullOrbit} every minibatch holds all {@code |G|} transforms of its images in a
 * fixed order: then training commutes with the group's lifted action on the parameters (for pixel
 * permutations and coordinate-wise optimisers such as Adam and SGD), which is what makes the ensemble mean
 * exactly invariant in distribution (Gerken and Kessel, ICML 2024; Nordenfors and Flinth, arXiv 2410.01452).
 *
 * <p>Members run one after another, or, with {@code membersPerGraph > 1} and a shared batch order, in groups
 * built into one SameDiff graph ({@link StackedTrainer}), which gives the same result with one graph execution
 * per step for the whole group: about twice the throughput for small MLPs, at the memory cost of holding the
 * group's activations at once. Training two graphs at once on two Java threads was measured no faster on a
 * 2-core machine; for small members, limit ND4J to one native thread ({@link NativeThreads}).
 */
public final class EnsembleTrainer {

    private EnsembleTrainer() {
    }

    /**
     * Trains every member.
     *
     * @param ensemble the ensemble, changed in place
     * @param train the training set {@code [N, sampleShape…]} with {@code N} labels
     * @param config how each member is trained; its seed drives the shuffles and augmentation draws
     * @param order whether the members share the minibatch sequence
     * @return the members' histories and the wall time
     * @throws IllegalStateException if a member's loss becomes NaN or infinite (naming the member)
     */
    public static EnsembleHistory fit(Ensemble ensemble, Batch train, TrainingConfig config, BatchOrder order) {
        return fit(ensemble, train, Optional.empty(), config, order);
    }

    /**
     * Trains every member, evaluating each on a validation set after every epoch (needed for early stopping,
     * which then acts per member).
     *
     * @param ensemble the ensemble, changed in place
     * @param train the training set
     * @param validation the validation set, if any
     * @param config how each member is trained
     * @param order whether the members share the minibatch sequence
     * @return the members' histories and the wall time
     * @throws IllegalArgumentException if early stopping is asked for without a validation set
     * @throws IllegalStateException if a member's loss becomes NaN or infinite (naming the member)
     */
    public static EnsembleHistory fit(Ensemble ensemble, Batch train, Optional<Batch> validation,
                                      TrainingConfig config, BatchOrder order) {
        return fit(ensemble, train, validation, config, order, 1);
    }

    /**
     * Trains the members in groups of {@code membersPerGraph}, each group in one SameDiff graph; all members
     * see the same minibatches, and the result equals training them one after another with
     * {@link BatchOrder#SHARED}.
     *
     * @param ensemble the ensemble, changed in place
     * @param train the training set
     * @param config how each member is trained (no early stopping)
     * @param membersPerGraph members per graph, at least 1 (1 trains them one after another)
     * @return the members' histories and the wall time
     * @throws IllegalArgumentException if {@code membersPerGraph < 1}, or it exceeds 1 with early stopping
     * @throws IllegalStateException if a member's loss becomes NaN or infinite (naming the member)
     */
    public static EnsembleHistory fitStacked(Ensemble ensemble, Batch train, TrainingConfig config,
                                             int membersPerGraph) {
        return fit(ensemble, train, Optional.empty(), config, BatchOrder.SHARED, membersPerGraph);
    }

    private static EnsembleHistory fit(Ensemble ensemble, Batch train, Optional<Batch> validation,
                                       TrainingConfig config, BatchOrder order, int membersPerGraph) {
        Objects.requireNonNull(ensemble, "ensemble");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(order, "order");
        long start = System.nanoTime();
        long steps = (long) ensemble.size() * config.epochs() * Trainer.batchesPerEpoch(train.size(), config);
        ProgressRenderer renderer = config.showProgress() ? Progress.newRenderer() : ProgressRenderer.silent();
        List<TrainingHistory> histories = new ArrayList<>();
        if (membersPerGraph < 1) {
            throw new IllegalArgumentException("expected at least one member per graph but got " + membersPerGraph);
        }
        try (ProgressBar bar = new ProgressBar("ensemble of " + ensemble.size(), steps, renderer)) {
            for (int i = 0; i < ensemble.size(); i += membersPerGraph) {
                bar.setMetric("member", i + 1);
                if (membersPerGraph == 1) {
                    TrainingConfig memberConfig = order == BatchOrder.SHARED
                            ? config : config.withSeed(Ensemble.memberSeed(config.seed(), i));
                    histories.add(fitMember(ensemble, i, train, validation, memberConfig, bar));
                } else {
                    int end = Math.min(ensemble.size(), i + membersPerGraph);
                    histories.addAll(fitGroup(ensemble, i, end, train, config, bar));
                }
            }
        }
        return new EnsembleHistory(histories, (System.nanoTime() - start) / 1e9);
    }

    private static TrainingHistory fitMember(Ensemble ensemble, int index, Batch train, Optional<Batch> validation,
                                             TrainingConfig config, ProgressBar bar) {
        try {
            return Trainer.fit(ensemble.member(index), train, validation, config, bar);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("member " + index + " of " + ensemble.size() + ": " + e.getMessage(), e);
        }
    }

    private static List<TrainingHistory> fitGroup(Ensemble ensemble, int from, int to, Batch train,
                                                  TrainingConfig config, ProgressBar bar) {
        try {
            return StackedTrainer.fit(ensemble.members().subList(from, to), train, config, bar);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("members " + from + "–" + (to - 1) + " (model i is member " + from
                    + " + i): " + e.getMessage(), e);
        }
    }
}
