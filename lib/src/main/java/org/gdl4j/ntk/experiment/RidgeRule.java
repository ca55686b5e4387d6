package org.gdl4j.ntk.experiment;

import java.util.Objects;
import org.gdl4j.ntk.Ridge;

/**
 * How the diagonal regulariser of a kernel regression is chosen for one training subset.
 */
@FunctionalInterface
public interface RidgeRule {

    /**
     * The ridge for one training subset and method.
     *
     * @param subset pool indices of the training images
     * @param method which kernel is regularised
     * @return the ridge
     */
    Ridge forSubset(int[] subset, KernelMethod method);

    /**
     * The same ridge for every subset, e.g. {@code Ridge.relative(1e-4)}.
     *
     * @param ridge the ridge
     * @return the rule
     */
    static RidgeRule fixed(Ridge ridge) {
        Objects.requireNonNull(ridge, "ridge");
        return (subset, method) -> ridge;
    }

    /**
     * The ridge under which regression with the group kernel equals regression with a jointly invariant base
     * kernel on the fully C4-augmented training set (four rotations of each image, mean loss) regularised
     * by {@code relative · tr Θ_aug / (4N)}: the absolute ridge {@code λ_aug / 4}. The augmented set's mean
     * diagonal equals the subset's mean diagonal of the base kernel, because {@code Θ(rx, rx) = Θ(x, x)}.
     *
     * @param base     the pool of the base (CNN) kernel, on the same images as the group pool
     * @param relative the relative ridge of the augmented regression, e.g. {@code 1e-4}
     * @return the rule for the group pool
     */
    static RidgeRule augmentedViaGroupKernel(KernelPool base, double relative) {
        Objects.requireNonNull(base, "base");
        return (subset, method) -> {
            double[][] train = base.trainBlock(subset, method);
            double lambda = Ridge.relative(relative).lambda(train);
            return Ridge.absolute(lambda / 4);
        };
    }
}
