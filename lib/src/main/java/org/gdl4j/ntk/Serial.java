package org.gdl4j.ntk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Layers applied one after another; nested composites are flattened.
 *
 * @param layers the layers from first to last, never containing a {@code Serial}
 */
public record Serial(List<KernelLayer> layers) implements KernelLayer {

    /**
     * Copies and flattens the list.
     *
     * @param layers the layers from first to last, never containing a {@code Serial}
     * @throws NullPointerException if the list or a layer is null
     */
    public Serial {
        Objects.requireNonNull(layers, "layers");
        List<KernelLayer> flat = new ArrayList<>();
        for (KernelLayer layer : layers) {
            Objects.requireNonNull(layer, "layer");
            if (layer instanceof Serial serial) {
                flat.addAll(serial.layers());
            } else {
                flat.add(layer);
            }
        }
        layers = List.copyOf(flat);
    }

    @Override
    public Kernel apply(Kernel in) {
        Kernel kernel = in;
        for (KernelLayer layer : layers) {
            kernel = layer.apply(kernel);
        }
        return kernel;
    }

    @Override
    public boolean usesVariances() {
        return layers.stream().anyMatch(KernelLayer::usesVariances);
    }

    @Override
    public boolean poolsPositions() {
        return layers.stream().anyMatch(KernelLayer::poolsPositions);
    }

    @Override
    public CovarianceForm requiredInputForm() {
        boolean pooled = false;
        for (KernelLayer layer : layers) {
            if (pooled && layer.usesVariances()) {
                return CovarianceForm.FULL;
            }
            pooled |= layer.poolsPositions();
        }
        return CovarianceForm.DIAGONAL;
    }
}
