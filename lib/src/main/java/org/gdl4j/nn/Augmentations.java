package org.gdl4j.nn;

import java.util.List;
import java.util.Objects;
import org.gdl4j.grid.ArrayAction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Data augmentation by a group: the {@link Augmentation}s that transform training minibatches with group
 * elements, as in "Equivariance versus augmentation" and "Emergent equivariance in deep ensembles" (Gerken
 * and Kessel, ICML 2024), where full-orbit minibatches make the ensemble mean exactly equivariant.
 */
public final class Augmentations {

    private Augmentations() {
    }

    /**
     * Transforms every sample by an element drawn uniformly at random.
     *
     * @param elements the elements to draw from (e.g. {@code group.elements()})
     * @param action how an element acts on a batch {@code [B, …]}
     * @param <E> the element type
     * @return the augmentation; the batch keeps its size
     */
    public static <E> Augmentation randomElement(List<? extends E> elements, ArrayAction<? super E> action) {
        List<? extends E> choices = requireElements(elements);
        Objects.requireNonNull(action, "action");
        return (batch, random) -> {
            INDArray out = batch.images().ulike();
            for (int i = 0; i < batch.size(); i++) {
                E g = choices.get(random.nextInt(choices.size()));
                out.putSlice(i, action.apply(g, slice(batch.images(), i)).slice(0));
            }
            return new Batch(out, batch.labels());
        };
    }

    /**
     * Replaces every sample by its whole orbit: the batch holds all {@code |G|} transforms of each sample, in
     * the order {@code elements[0]·x_0 … elements[0]·x_{B−1}, elements[1]·x_0, …} (the same order every time).
     *
     * @param elements the group's elements
     * @param action how an element acts on a batch {@code [B, …]}
     * @param <E> the element type
     * @return the augmentation; the batch grows from {@code B} to {@code |G|·B}
     */
    public static <E> Augmentation fullOrbit(List<? extends E> elements, ArrayAction<? super E> action) {
        List<? extends E> orbit = requireElements(elements);
        Objects.requireNonNull(action, "action");
        return (batch, random) -> {
            INDArray[] parts = new INDArray[orbit.size()];
            int[] labels = new int[orbit.size() * batch.size()];
            for (int a = 0; a < orbit.size(); a++) {
                parts[a] = action.apply(orbit.get(a), batch.images());
                System.arraycopy(batch.labels(), 0, labels, a * batch.size(), batch.size());
            }
            return new Batch(Nd4j.concat(0, parts), labels);
        };
    }

    private static INDArray slice(INDArray images, int i) {
        long[] shape = images.shape().clone();
        shape[0] = 1;
        return images.slice(i).reshape(shape);
    }

    private static <E> List<? extends E> requireElements(List<? extends E> elements) {
        Objects.requireNonNull(elements, "elements");
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("augmentation needs at least one group element");
        }
        return List.copyOf(elements);
    }
}
