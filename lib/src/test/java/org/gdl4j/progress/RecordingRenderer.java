package org.gdl4j.progress;

import java.util.ArrayList;
import java.util.List;

/** Keeps every snapshot it is given, in order. */
final class RecordingRenderer implements ProgressRenderer {

    final List<ProgressSnapshot> snapshots = new ArrayList<>();

    @Override
    public void render(ProgressSnapshot snapshot) {
        snapshots.add(snapshot);
    }

    ProgressSnapshot last() {
        return snapshots.get(snapshots.size() - 1);
    }
}
