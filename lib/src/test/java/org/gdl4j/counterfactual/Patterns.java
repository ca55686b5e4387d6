package org.gdl4j.counterfactual;

import java.util.Random;
import org.gdl4j.nn.Batch;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Two classes of 1×4×4 images: class 0 bright on the left half, class 1 bright on the right, plus noise. */
final class Patterns {

    private Patterns() {
    }

    /** {@code n} images alternating between the classes, values in [0.1, 0.9]. */
    static Batch images(int n, long seed) {
        Random random = new Random(seed);
        double[] values = new double[n * 16];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            for (int p = 0; p < 16; p++) {
                boolean left = p % 4 < 2;
                double base = left == (labels[i] == 0) ? 0.8 : 0.2;
                values[16 * i + p] = base + 0.1 * (2 * random.nextDouble() - 1);
            }
        }
        return new Batch(Nd4j.create(values, Fixtures.SHAPE.batchShape(n), DataType.DOUBLE), labels);
    }
}
