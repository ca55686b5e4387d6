package org.gdl4j.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gdl4j.nn.Batch;
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
 * <p>Members run sequentially: one member's minibatch step already keeps the native BLAS busy, and training
 * two SameDiff graphs at once on two threads was measured no faster on a 2-core machine.
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
        Objects.requireNonNull(ensemble, "ensemble");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(order, "order");
        long start = System.nanoTime();
        long steps = (long) ensemble.size() * config.epochs() * Trainer.batchesPerEpoch(train.size(), config);
        ProgressRenderer renderer = config.showProgress() ? Progress.newRenderer() : ProgressRenderer.silent();
        List<TrainingHistory> histories = new ArrayList<>();
        try (ProgressBar bar = new ProgressBar("ensemble of " + ensemble.size(), steps, renderer)) {
            for (int i = 0; i < ensemble.size(); i++) {
                bar.setMetric("member", i + 1);
                TrainingConfig memberConfig = order == BatchOrder.SHARED
                        ? config : config.withSeed(Ensemble.memberSeed(config.seed(), i));
                histories.add(fitMember(ensemble, i, train, validation, memberConfig, bar));
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
}
