package org.gdl4j.nn;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Layers applied one after another. Construction checks that each layer's output type is the next one's
 * input type, so a mistyped network fails when it is written down, not when it first runs.
 */
public final class Sequential implements Layer {

    private final List<Layer> layers;

    /**
     * Composes layers.
     *
     * @param layers the layers in order, at least one
     * @throws IllegalArgumentException if the list is empty or two neighbours' types differ
     */
    public Sequential(List<? extends Layer> layers) {
        Objects.requireNonNull(layers, "layers");
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a sequential network needs at least one layer");
        }
        this.layers = List.copyOf(layers);
        for (int i = 1; i < this.layers.size(); i++) {
            FieldType produced = this.layers.get(i - 1).outType();
            FieldType expected = this.layers.get(i).inType();
            if (!produced.equals(expected)) {
                throw new IllegalArgumentException("layer " + i + " (" + this.layers.get(i).name() + ") expects "
                        + expected + " but layer " + (i - 1) + " (" + this.layers.get(i - 1).name()
                        + ") produces " + produced);
            }
        }
    }

    /**
     * Composes layers.
     *
     * @param layers the layers in order, at least one
     * @return the composition
     */
    public static Sequential of(Layer... layers) {
        return new Sequential(List.of(layers));
    }

    /** @return the layers, in order */
    public List<Layer> layers() {
        return layers;
    }

    @Override
    public FieldType inType() {
        return layers.get(0).inType();
    }

    @Override
    public FieldType outType() {
        return layers.get(layers.size() - 1).outType();
    }

    @Override
    public GeometricTensor define(NetworkGraph graph, GeometricTensor input) {
        GeometricTensor x = input.require(inType(), name());
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            try (NetworkGraph.Scope ignored = graph.scope(i + "_" + layer.name())) {
                x = layer.define(graph, x.require(layer.inType(), "layer " + i + " (" + layer.name() + ")"));
            }
        }
        return x;
    }

    @Override
    public String name() {
        return "sequential";
    }

    @Override
    public String toString() {
        return layers.stream().map(Object::toString).collect(Collectors.joining(" → "));
    }
}
