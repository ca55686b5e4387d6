package org.gdl4j.ensemble;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.gdl4j.nn.Minibatches;
import java.util.stream.IntStream;

/**
 * Disjoint sub-ensembles of an ensemble of {@code M} members, for metrics as a function of the ensemble size
 * {@code m}.
 *
 * <p>A curve such as "RMS invariance error against {@code m}" averages the metric of several
 * {@code m}-member ensembles. They must be <em>disjoint</em>: overlapping groups share members, so their
 * errors are correlated and the average is noisier than it looks, and the {@code m^{-1/2}} law of
 * independent members no longer applies to their spread (brief pitfall 9). The groups here never share a
 * member; with {@code M/m} groups of size {@code m} available, at most {@code min(maxGroups, ⌊M/m⌋)} are
 * returned and the remaining {@code M mod m} members are left out.
 *
 * <p>Members are indices {@code 0 … M−1}. {@link #consecutive} takes blocks {@code 0…m−1, m…2m−1, …};
 * {@link #shuffled} first permutes the members with {@link java.util.Random} seeded explicitly, whose
 * algorithm the Java specification fixes, so the same seed gives the same groups on every machine.
 */
public final class SubEnsembles {

    private SubEnsembles() {
    }

    /**
     * The ensemble sizes of an {@code m}-curve: powers of two up to {@code M}, then {@code M} itself.
     *
     * @param members {@code M >= 1}
     * @return {@code 1, 2, 4, …, 2^⌊log₂M⌋}, followed by {@code M} if {@code M} is not a power of two
     * @throws IllegalArgumentException if {@code M < 1}
     */
    public static int[] sizes(int members) {
        if (members < 1) {
            throw new IllegalArgumentException("expected M >= 1 members but got " + members);
        }
        List<Integer> sizes = new ArrayList<>();
        for (int m = 1; m <= members && m > 0; m *= 2) {
            sizes.add(m);
        }
        if (Integer.bitCount(members) != 1) {
            sizes.add(members);
        }
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Disjoint groups of consecutive members: group {@code j} holds {@code j·m … (j+1)·m − 1}.
     *
     * @param members   {@code M >= 1}
     * @param size      {@code m}, in {@code 1 … M}
     * @param maxGroups the most groups to return, at least 1
     * @return {@code min(maxGroups, ⌊M/m⌋)} disjoint, immutable index lists of size {@code m}
     * @throws IllegalArgumentException if {@code M < 1}, {@code m} is outside {@code 1 … M} or
     *                                  {@code maxGroups < 1}
     */
    public static List<List<Integer>> consecutive(int members, int size, int maxGroups) {
        return partition(IntStream.range(0, checkSizes(members, size, maxGroups)).toArray(), size, maxGroups);
    }

    /**
     * Disjoint groups of randomly chosen members: the members are shuffled (Fisher–Yates with
     * {@code new Random(seed)}) and then cut into consecutive blocks of size {@code m}.
     *
     * @param members   {@code M >= 1}
     * @param size      {@code m}, in {@code 1 … M}
     * @param maxGroups the most groups to return, at least 1
     * @param seed      the seed of the shuffle
     * @return {@code min(maxGroups, ⌊M/m⌋)} disjoint, immutable index lists of size {@code m}
     * @throws IllegalArgumentException if {@code M < 1}, {@code m} is outside {@code 1 … M} or
     *                                  {@code maxGroups < 1}
     */
    public static List<List<Integer>> shuffled(int members, int size, int maxGroups, long seed) {
        int[] order = Minibatches.permutation(checkSizes(members, size, maxGroups), new Random(seed));
        return partition(order, size, maxGroups);
    }

    /**
     * The ensemble prediction of a group of members: the mean of their logits.
     *
     * @param memberLogits {@code [M][|G|][N][K]}: {@code memberLogits[i][g][n] = f_i(g·x_n)}; the members
     *                     that {@code group} names must be finite and of one shape
     * @param group        distinct member indices in {@code 0 … M−1}, at least one
     * @return {@code [|G|][N][K]}, {@code (1/m) Σ_{i∈group} memberLogits[i]}
     * @throws IllegalArgumentException if {@code group} is empty, holds a duplicate or out-of-range index, or a
     *                                  named member's logits are empty, ragged, not finite or shaped unlike
     *                                  the first named member's
     */
    public static double[][][] meanLogits(double[][][][] memberLogits, List<Integer> group) {
        Objects.requireNonNull(memberLogits, "memberLogits");
        OrbitArrays.Dims dims = checkGroup(memberLogits, group);
        double[][][] mean = new double[dims.groupOrder()][dims.inputs()][dims.classes()];
        for (int member : group) {
            for (int g = 0; g < dims.groupOrder(); g++) {
                for (int n = 0; n < dims.inputs(); n++) {
                    for (int k = 0; k < dims.classes(); k++) {
                        mean[g][n][k] += memberLogits[member][g][n][k] / group.size();
                    }
                }
            }
        }
        return mean;
    }

    private static OrbitArrays.Dims checkGroup(double[][][][] memberLogits, List<Integer> group) {
        Objects.requireNonNull(group, "group");
        if (group.isEmpty()) {
            throw new IllegalArgumentException("expected a group of at least one member but got none");
        }
        Set<Integer> seen = new HashSet<>();
        OrbitArrays.Dims dims = null;
        for (Integer member : group) {
            Objects.requireNonNull(member, "member index");
            if (member < 0 || member >= memberLogits.length || !seen.add(member)) {
                throw new IllegalArgumentException("expected distinct member indices in 0.." + (memberLogits.length
                        - 1) + " but got " + group);
            }
            OrbitArrays.Dims d = OrbitArrays.check(memberLogits[member], "memberLogits[" + member + "]");
            if (dims != null) {
                OrbitArrays.requireSameDims(dims, d, "logits of members " + group.get(0) + " and " + member);
            }
            dims = d;
        }
        return dims;
    }

    private static int checkSizes(int members, int size, int maxGroups) {
        if (members < 1) {
            throw new IllegalArgumentException("expected M >= 1 members but got " + members);
        }
        if (size < 1 || size > members) {
            throw new IllegalArgumentException("expected a sub-ensemble size m in 1.." + members + " (M) but got "
                    + size);
        }
        if (maxGroups < 1) {
            throw new IllegalArgumentException("expected at least one group (maxGroups >= 1) but got " + maxGroups);
        }
        return members;
    }

    private static List<List<Integer>> partition(int[] order, int size, int maxGroups) {
        int groups = Math.min(maxGroups, order.length / size);
        List<List<Integer>> result = new ArrayList<>(groups);
        for (int j = 0; j < groups; j++) {
            result.add(IntStream.range(j * size, (j + 1) * size).mapToObj(i -> order[i]).toList());
        }
        return List.copyOf(result);
    }
}
