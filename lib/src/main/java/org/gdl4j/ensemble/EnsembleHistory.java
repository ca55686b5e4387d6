package org.gdl4j.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gdl4j.Tabular;
import org.gdl4j.nn.TrainingHistory;

/**
 * What happened while an ensemble trained: each member's {@link TrainingHistory} and the wall time.
 *
 * @param members one history per member, in member order
 * @param seconds the wall time of the whole run
 */
public record EnsembleHistory(List<TrainingHistory> members, double seconds) implements Tabular {

    /**
     * Validates and copies.
     *
     * @param members one history per member
     * @param seconds the wall time, at least 0
     */
    public EnsembleHistory {
        members = List.copyOf(Objects.requireNonNull(members, "members"));
        if (members.isEmpty() || !(seconds >= 0)) {
            throw new IllegalArgumentException("expected at least one member history and a time ≥ 0 but got "
                    + members.size() + " histories and " + seconds + " s");
        }
    }

    /** @return the number of epochs all members trained, summed */
    public long memberEpochs() {
        return members.stream().mapToLong(h -> h.epochs().size()).sum();
    }

    /** @return member-epochs per second of wall time, the throughput of ensemble training */
    public double memberEpochsPerSecond() {
        return memberEpochs() / Math.max(seconds, 1e-9);
    }

    /** @return each member's training loss in its last epoch */
    public double[] finalTrainLoss() {
        return members.stream().mapToDouble(h -> h.last().trainLoss()).toArray();
    }

    @Override
    public List<String> columnNames() {
        return List.of("member", "epochs", "train loss", "train accuracy", "seconds");
    }

    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            TrainingHistory h = members.get(i);
            double memberSeconds = h.epochs().stream().mapToDouble(e -> e.seconds()).sum();
            rows.add(List.of(i, h.epochs().size(), h.last().trainLoss(), h.last().trainAccuracy(), memberSeconds));
        }
        return rows;
    }
}
