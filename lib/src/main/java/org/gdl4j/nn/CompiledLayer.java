package org.gdl4j.nn;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.gdl4j.Precision;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A layer (or a stack of layers) built into its own SameDiff graph and evaluated as a function on arrays:
 * for equivariance checks of single layers and for showing feature maps. Unlike {@link Model} it has no
 * loss and its output may have any shape.
 *
 * <p>Shapes: input {@code [N, sampleShape…]} with {@code sampleShape[0] = layer.inType().size()}; output
 * the layer's, e.g. {@code [N, outType.size(), H', W']}.
 */
public final class CompiledLayer implements UnaryOperator<INDArray> {

    private static final String INPUT = "input";

    private final Layer layer;
    private final Precision precision;
    private final SameDiff graph;
    private final String output;
    private final boolean hasModeSwitch;
    private final Mode mode;

    private CompiledLayer(Layer layer, Precision precision, Initialization initialization, long[] sampleShape,
                          Mode mode) {
        this.layer = layer;
        this.precision = precision;
        this.mode = mode;
        this.graph = SameDiff.create();
        NetworkGraph builder = new NetworkGraph(graph, precision, initialization);
        long[] shape = new long[sampleShape.length + 1];
        shape[0] = -1;
        System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
        SDVariable input = graph.placeHolder(INPUT, precision.dataType(), shape);
        this.output = layer.define(builder, new GeometricTensor(input, layer.inType())).value().name();
        this.hasModeSwitch = builder.hasModeSwitch();
    }

    /**
     * Builds the layer with freshly drawn parameters.
     *
     * @param layer the layer
     * @param precision the data type
     * @param initialization how parameters are drawn
     * @param mode training (batch statistics) or inference (running statistics) for batch normalisation
     * @param sampleShape the shape of one input sample, e.g. {@code 8, 9, 9}
     * @return the compiled layer
     * @throws IllegalArgumentException if the sample's channel count is not {@code layer.inType().size()}
     */
    public static CompiledLayer build(Layer layer, Precision precision, Initialization initialization, Mode mode,
                                      long... sampleShape) {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(mode, "mode");
        if (sampleShape.length == 0) {
            throw new IllegalArgumentException("expected a sample shape such as [C, H, W] but got none");
        }
        layer.inType().requireChannels(sampleShape[0], "the layer's input");
        return new CompiledLayer(layer, precision, initialization, sampleShape, mode);
    }

    /**
     * Copies parameter values from a model built from a network that contains this layer under the same
     * names (e.g. a prefix of its layers), so that a trained model's feature maps can be shown.
     *
     * @param model the trained model
     * @return this layer, now with the model's values
     * @throws IllegalArgumentException if a parameter of this layer is missing from the model or has another shape
     */
    public CompiledLayer copyParametersFrom(Model model) {
        for (SDVariable variable : graph.variables()) {
            if (variable.getVariableType() != org.nd4j.autodiff.samediff.VariableType.VARIABLE) {
                continue;
            }
            INDArray source = model.parameter(variable.name());
            INDArray target = variable.getArr();
            if (!Arrays.equals(source.shape(), target.shape())) {
                throw new IllegalArgumentException("parameter '" + variable.name() + "' is " + Arrays.toString(source.shape())
                        + " in the model but " + Arrays.toString(target.shape()) + " here");
            }
            target.assign(source);
        }
        return this;
    }

    /** @return the layer */
    public Layer layer() {
        return layer;
    }

    /**
     * Evaluates the layer.
     *
     * @param x {@code [N, sampleShape…]}
     * @return the layer's output
     */
    @Override
    public INDArray apply(INDArray x) {
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(INPUT, x.castTo(precision.dataType()));
        if (hasModeSwitch) {
            feed.put(NetworkGraph.MODE_PLACEHOLDER, Nd4j.scalar(precision.dataType(), mode == Mode.TRAIN ? 1 : 0));
        }
        return graph.output(feed, output).get(output);
    }
}
