package org.gdl4j.nn;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Layers applied one after another. Construction checks that each layer's output type is the next one's
 * input type, so a mistyped network fails when it is written down, not when it first runs.
 *
 * <p>The layers run on maps in the sequence's {@link Layout}: {@link Layout#CHANNELS_FIRST} by default, or
 * {@link Layout#CHANNELS_LAST} ({@link #inLayout}), in which ND4J's oneDNN natives run a 64-channel convolution
 * about a fifth faster (whole networks with small maps measured no faster). A channels-last sequence
 * rearranges its input map once and its output map back, so its input and output are channels-first
 * {@code [N, C, H, W]} (or vectors {@code [N, C]}) either way, and its parameters, their names and its
 * results are those of the channels-first sequence (up to the rounding of a different order of summation).
 */
public final class Sequential implements Layer {

    private final List<Layer> layers;
    private final Layout layout;

    /**
     * Composes layers, run channels-first.
     *
     * @param layers the layers in order, at least one
     * @throws IllegalArgumentException if the list is empty or two neighbours' types differ
     */
    public Sequential(List<? extends Layer> layers) {
        this(layers, Layout.CHANNELS_FIRST);
    }

    /**
     * Composes layers.
     *
     * @param layers the layers in order, at least one
     * @param layout the layout the layers run in
     * @throws IllegalArgumentException if the list is empty or two neighbours' types differ
     */
    public Sequential(List<? extends Layer> layers, Layout layout) {
        Objects.requireNonNull(layers, "layers");
        this.layout = Objects.requireNonNull(layout, "layout");
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

    /** @return the layout the layers run in */
    public Layout layout() {
        return layout;
    }

    /**
     * The same layers run in another layout.
     *
     * @param target the layout for the layers
     * @return the sequence
     */
    public Sequential inLayout(Layout target) {
        return new Sequential(layers, target);
    }

    /**
     * The first {@code count} layers, in this sequence's layout.
     *
     * @param count how many layers, from 1 to {@code layers().size()}
     * @return the sequence
     * @throws IllegalArgumentException if {@code count} is out of range
     */
    public Sequential prefix(int count) {
        if (count < 1 || count > layers.size()) {
            throw new IllegalArgumentException("a prefix has 1 to " + layers.size() + " layers but " + count
                    + " were asked for");
        }
        return new Sequential(layers.subList(0, count), layout);
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
        GeometricTensor x = toOwnLayout(input.require(inType(), name()));
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            try (NetworkGraph.Scope ignored = graph.scope(i + "_" + layer.name())) {
                x = layer.define(graph, x.require(layer.inType(), "layer " + i + " (" + layer.name() + ")"));
            }
        }
        return x.in(Layout.CHANNELS_FIRST);
    }

    private GeometricTensor toOwnLayout(GeometricTensor input) {
        long[] shape = input.value().getShape();
        if (input.layout() != layout && shape != null && shape.length != 4) {
            throw new IllegalArgumentException("a " + layout + " sequence needs planar maps [N, C, H, W] but got an "
                    + "input of rank " + shape.length);
        }
        return input.in(layout);
    }

    @Override
    public String name() {
        return "sequential";
    }

    @Override
    public String toString() {
        // the layout is how the layers run, not what they compute: model files load into either
        return layers.stream().map(Object::toString).collect(Collectors.joining(" → "));
    }
}
