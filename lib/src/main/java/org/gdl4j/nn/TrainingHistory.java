package org.gdl4j.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.gdl4j.Tabular;

/**
 * The epochs of a training run, displayable as a table.
 *
 * @param epochs one record per completed epoch
 * @param stoppedEarly whether early stopping ended the run (and restored the best parameters)
 */
public record TrainingHistory(List<EpochRecord> epochs, boolean stoppedEarly) implements Tabular {

    /** Copies the list. */
    public TrainingHistory {
        epochs = List.copyOf(epochs);
    }

    /** @return the training loss of each epoch */
    public double[] trainLoss() {
        return epochs.stream().mapToDouble(EpochRecord::trainLoss).toArray();
    }

    /** @return the validation accuracy of each epoch (empty entries are skipped) */
    public double[] validationAccuracy() {
        return epochs.stream().map(EpochRecord::validationAccuracy).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).toArray();
    }

    /** @return the last epoch's record */
    public EpochRecord last() {
        return epochs.get(epochs.size() - 1);
    }

    @Override
    public List<String> columnNames() {
        return List.of("epoch", "train loss", "train accuracy", "validation loss", "validation accuracy", "seconds");
    }

    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (EpochRecord e : epochs) {
            rows.add(List.of(e.epoch(), e.trainLoss(), e.trainAccuracy(), cell(e.validationLoss()),
                    cell(e.validationAccuracy()), e.seconds()));
        }
        return rows;
    }

    private static Object cell(OptionalDouble value) {
        return value.isPresent() ? (Object) value.getAsDouble() : "—";
    }
}
