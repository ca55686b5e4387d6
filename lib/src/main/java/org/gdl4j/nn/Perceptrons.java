package org.gdl4j.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fully connected ReLU networks (multilayer perceptrons) on images: flatten, then dense layers with ReLU
 * between them. They know nothing of the images' symmetries, which makes them the members of choice for
 * studying equivariance that emerges from data augmentation (Gerken and Kessel, ICML 2024).
 */
public final class Perceptrons {

    private Perceptrons() {
    }

    /**
     * Flatten → (dense → ReLU) per hidden width → dense.
     *
     * <p>Shapes: input {@code [N, C, H, W]}, output {@code [N, classes]} logits.
     *
     * @param channels {@code C}
     * @param height {@code H}
     * @param width {@code W}
     * @param classes the number of outputs, at least 1
     * @param hiddenWidths the width of each hidden layer, each at least 1 (none for a linear model)
     * @return the network
     * @throws IllegalArgumentException if a size is below 1
     */
    public static Sequential onImages(int channels, int height, int width, int classes, int... hiddenWidths) {
        if (channels < 1 || classes < 1 || Arrays.stream(hiddenWidths).anyMatch(h -> h < 1)) {
            throw new IllegalArgumentException("expected positive channels, classes and hidden widths but got "
                    + channels + ", " + classes + " and " + Arrays.toString(hiddenWidths));
        }
        List<Layer> layers = new ArrayList<>();
        Flatten flatten = new Flatten(FieldType.plain(channels), height, width);
        layers.add(flatten);
        FieldType current = flatten.outType();
        for (int hidden : hiddenWidths) {
            Dense dense = new Dense(current, hidden);
            layers.add(dense);
            layers.add(Pointwise.relu(dense.outType()));
            current = dense.outType();
        }
        layers.add(new Dense(current, classes));
        return new Sequential(layers);
    }
}
