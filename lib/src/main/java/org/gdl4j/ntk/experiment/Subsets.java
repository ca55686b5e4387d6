package org.gdl4j.ntk.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random training subsets of a pool. */
public final class Subsets {

    private Subsets() {
    }

    /**
     * {@code count} subsets of {@code n} distinct pool indices each, drawn uniformly without replacement and
     * independently of each other, in increasing order.
     *
     * @param poolSize {@code P}
     * @param n        {@code 1 ≤ n ≤ P}
     * @param count    {@code ≥ 1}
     * @param seed     the random seed
     * @return the subsets
     * @throws IllegalArgumentException if {@code n} or {@code count} is out of range
     */
    public static List<int[]> random(int poolSize, int n, int count, long seed) {
        if (n < 1 || n > poolSize || count < 1) {
            throw new IllegalArgumentException("expected 1 ≤ n ≤ " + poolSize + " and count ≥ 1 but got n = " + n
                    + ", count = " + count);
        }
        Random random = new Random(seed);
        List<int[]> out = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            int[] order = new int[poolSize];
            for (int i = 0; i < poolSize; i++) {
                order[i] = i;
            }
            for (int i = 0; i < n; i++) {
                int j = i + random.nextInt(poolSize - i);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            int[] subset = java.util.Arrays.copyOf(order, n);
            java.util.Arrays.sort(subset);
            out.add(subset);
        }
        return out;
    }
}
