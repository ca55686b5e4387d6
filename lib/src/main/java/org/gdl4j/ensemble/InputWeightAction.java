package org.gdl4j.ensemble;

import java.util.Objects;
import org.gdl4j.grid.ArrayAction;
import org.gdl4j.nn.Flatten;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.Sequential;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The group's action lifted to the parameters of an MLP that reads images: for a network that starts with
 * {@link Flatten} and a dense layer with weight {@code W [C·H·W, H₁]}, {@code g·w} replaces every column of
 * {@code W} (an image of the input's shape) by its transform under {@code g} and keeps all other parameters.
 * For a pixel permutation {@code flat(g·x) = flat(x)[π]} this gives {@code W' = W[π, :]}, hence
 * {@code f_{g·w}(g·x) = f_w(x)} for every input (Gerken and Kessel, ICML 2024; Nordenfors and Flinth, arXiv
 * 2410.01452). Since i.i.d. initialisation is invariant under this permutation and Adam and SGD commute with
 * it, training on full-orbit minibatches from {@code g·w} yields {@code g·L(w)}: the paired-seed identity.
 */
public final class InputWeightAction {

    private InputWeightAction() {
    }

    /**
     * A copy of the model with the lifted action applied to its parameters.
     *
     * @param model an MLP: a {@link Sequential} whose first layer is a {@link Flatten}, followed by a dense layer
     * @param g the element
     * @param action how {@code g} acts on inputs {@code [N, C, H, W]}
     * @param <E> the element type
     * @return a new model computing {@code x ↦ f_w(g⁻¹·x)}
     * @throws IllegalArgumentException if the network does not start with a flatten and a dense layer
     */
    public static <E> Model apply(Model model, E g, ArrayAction<? super E> action) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(action, "action");
        String weightName = firstWeight(model);
        Model copy = Model.build(model.network(), model.precision(), model.initialization(), model.sampleShape());
        for (String name : model.parameterNames()) {
            INDArray value = model.parameter(name);
            copy.parameter(name).assign(name.equals(weightName) ? transformColumns(value, g, action, model) : value);
        }
        return copy;
    }

    private static String firstWeight(Model model) {
        if (!(model.network() instanceof Sequential sequential) || sequential.layers().size() < 2
                || !(sequential.layers().get(0) instanceof Flatten)
                || !(sequential.layers().get(1) instanceof org.gdl4j.nn.Dense)) {
            throw new IllegalArgumentException("expected an MLP that starts with flatten and dense layers but got "
                    + model.network());
        }
        return model.parameterNames().get(0);
    }

    private static <E> INDArray transformColumns(INDArray weight, E g, ArrayAction<? super E> action, Model model) {
        long[] sample = model.sampleShape();
        long columns = weight.size(1);
        INDArray images = weight.transpose().dup().reshape(columns, sample[0], sample[1], sample[2]);
        return action.apply(g, images).reshape(columns, weight.size(0)).transpose().dup();
    }
}
