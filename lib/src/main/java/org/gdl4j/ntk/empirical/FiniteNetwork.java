package org.gdl4j.ntk.empirical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.gdl4j.Precision;
import org.gdl4j.nn.GeometricTensor;
import org.gdl4j.nn.Gradients;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Layer;
import org.gdl4j.nn.NetworkGraph;
import org.gdl4j.nn.ParameterRole;
import org.gdl4j.nn.ParameterSpec;
import org.gdl4j.nn.Parameterization;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A finite network with a scalar output {@code f(x; θ)} (output 0 of its last layer), built once in float64
 * as a function of its stored parameters {@code θ}, whose parameters can be redrawn for another seed
 * without rebuilding the graph. In NTK parameterisation every stored parameter is {@code N(0, 1)}, and
 * {@code ∂f/∂θ} are the gradients that define the empirical NTK.
 *
 * <p>{@link #redraw(long)} reproduces {@code Model.build(layer, Precision.DOUBLE, init.withSeed(seed), …)}
 * exactly: one {@link Random} seeded with {@code seed} fills the parameters in creation order, each in C
 * order. Only networks whose parameters are all weights and biases (no batch normalisation) are accepted.
 *
 * <p>Shapes: input {@code [N, sampleShape…]}, e.g. {@code [N, C, H, W]}; output {@code f} of length
 * {@code N}; Jacobian {@code [N, P]} with {@code P} = {@link #parameterCount()}.
 */
public final class FiniteNetwork {

    private static final String INPUT = "input";
    private static final String OUTPUT = "f";
    private static final String SUM = "sum_f";

    private final Layer layer;
    private final long[] sampleShape;
    private final Initialization initialization;
    private final SameDiff graph;
    private final List<String> names;
    private final List<ParameterSpec> specs;

    private FiniteNetwork(Layer layer, Initialization initialization, long[] sampleShape) {
        this.layer = layer;
        this.initialization = initialization;
        this.sampleShape = sampleShape.clone();
        this.graph = SameDiff.create();
        NetworkGraph builder = new NetworkGraph(graph, Precision.DOUBLE, initialization);
        long[] shape = new long[sampleShape.length + 1];
        shape[0] = -1;
        System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
        SDVariable input = graph.placeHolder(INPUT, DataType.DOUBLE, shape);
        SDVariable out = layer.define(builder, new GeometricTensor(input, layer.inType())).value();
        SDVariable f = out.get(SDIndex.all(), SDIndex.point(0)).rename(OUTPUT);
        f.sum(SUM).markAsLoss();
        this.names = List.copyOf(builder.parameters().keySet());
        this.specs = List.copyOf(builder.parameters().values());
        for (ParameterSpec spec : specs) {
            if (spec.role() != ParameterRole.WEIGHT && spec.role() != ParameterRole.BIAS) {
                throw new IllegalArgumentException("expected only weights and biases but parameter " + spec
                        + " has role " + spec.role() + "; batch normalisation has no NTK counterpart here");
            }
        }
    }

    /**
     * Builds the network in float64 and draws its parameters.
     *
     * @param layer          the network, {@code [N, sampleShape…] → [N, K]}; {@code f} is output 0
     * @param initialization NTK parameterisation, scales and seed
     * @param sampleShape    the shape of one input, e.g. {@code 2, 5, 5}
     * @return the network
     * @throws IllegalArgumentException for the standard parameterisation, a network with other than weight
     *                                  and bias parameters, or a sample with the wrong channel count
     */
    public static FiniteNetwork build(Layer layer, Initialization initialization, long... sampleShape) {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(initialization, "initialization");
        if (initialization.parameterization() != Parameterization.NTK) {
            throw new IllegalArgumentException("expected the NTK parameterisation but got "
                    + initialization.parameterization());
        }
        if (sampleShape.length == 0) {
            throw new IllegalArgumentException("expected a sample shape such as [C, H, W] but got none");
        }
        layer.inType().requireChannels(sampleShape[0], "the network's input");
        return new FiniteNetwork(layer, initialization, sampleShape);
    }

    /**
     * Builds the finite network of a matched architecture.
     *
     * @param architecture the description
     * @param seed         the seed of the first parameter draw
     * @param height       image height {@code H}
     * @param width        image width {@code W}
     * @return the network on {@code [N, channels, H, W]}
     */
    public static FiniteNetwork of(MatchedArchitecture architecture, long seed, int height, int width) {
        return build(architecture.finite(), architecture.initialization(seed), architecture.channels(), height,
                width);
    }

    /**
     * Redraws every parameter as {@code Model.build} would for {@code seed}.
     *
     * @param seed the seed
     * @return this network
     */
    public FiniteNetwork redraw(long seed) {
        Random random = new Random(seed);
        for (int p = 0; p < names.size(); p++) {
            ParameterSpec spec = specs.get(p);
            double[] values = new double[Math.toIntExact(spec.length())];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextGaussian();
            }
            graph.getArrForVarName(names.get(p)).assign(Nd4j.create(values, spec.shape(), DataType.DOUBLE));
        }
        return this;
    }

    /**
     * Moves the parameters along a direction: {@code θ ← θ + step · v}, e.g. along a row of the Jacobian.
     *
     * @param direction {@code v}, of length {@code P}, in the order of {@link #jacobian}
     * @param step      the step size
     * @return this network
     * @throws IllegalArgumentException if {@code v} does not have {@code P} entries
     */
    public FiniteNetwork shift(INDArray direction, double step) {
        if (direction.length() != parameterCount()) {
            throw new IllegalArgumentException("expected a direction of " + parameterCount() + " entries but got "
                    + direction.length());
        }
        INDArray flat = direction.reshape(direction.length()).castTo(DataType.DOUBLE);
        long offset = 0;
        for (int p = 0; p < names.size(); p++) {
            long length = specs.get(p).length();
            INDArray part = flat.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(offset, offset + length));
            graph.getArrForVarName(names.get(p)).addi(part.reshape(specs.get(p).shape()).mul(step));
            offset += length;
        }
        return this;
    }

    /** @return the qualified parameter names, in creation order */
    public List<String> parameterNames() {
        return names;
    }

    /** @return {@code P}, the number of stored scalars */
    public long parameterCount() {
        return specs.stream().mapToLong(ParameterSpec::length).sum();
    }

    /** @return the initialisation the network was built with (its scales; the seed of the first draw) */
    public Initialization initialization() {
        return initialization;
    }

    /**
     * The outputs {@code f(x_n)}.
     *
     * @param inputs {@code [N, sampleShape…]}
     * @return {@code N} values
     */
    public double[] outputs(INDArray inputs) {
        requireSample(inputs);
        INDArray f = graph.output(Map.of(INPUT, inputs.castTo(DataType.DOUBLE)), OUTPUT).get(OUTPUT);
        return f.reshape(f.length()).toDoubleVector();
    }

    /**
     * The Jacobian {@code J[n, p] = ∂f(x_n)/∂θ_p}, one backward pass per input; parameters are concatenated in
     * creation order, each flattened in C order.
     *
     * @param inputs {@code [N, sampleShape…]}
     * @return {@code [N, P]}, float64
     */
    public INDArray jacobian(INDArray inputs) {
        requireSample(inputs);
        String[] variables = names.toArray(String[]::new);
        List<INDArray> rows = new ArrayList<>();
        for (long n = 0; n < inputs.size(0); n++) {
            INDArray one = inputs.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(n, n + 1))
                    .castTo(DataType.DOUBLE);
            Map<String, INDArray> gradients = Gradients.of(graph, Map.of(INPUT, one), variables);
            List<INDArray> parts = new ArrayList<>();
            for (String name : names) {
                parts.add(gradients.get(name));
            }
            rows.add(Nd4j.toFlattened('c', parts));
        }
        return Nd4j.vstack(rows.toArray(INDArray[]::new));
    }

    private void requireSample(INDArray inputs) {
        long[] shape = inputs.shape();
        if (shape.length != sampleShape.length + 1
                || !Arrays.equals(Arrays.copyOfRange(shape, 1, shape.length), sampleShape)) {
            throw new IllegalArgumentException("expected input [N, " + Arrays.toString(sampleShape)
                    .replaceAll("[\\[\\]]", "") + "] but got " + Arrays.toString(shape));
        }
    }

    @Override
    public String toString() {
        return "finite network " + layer + " with " + parameterCount() + " parameters";
    }
}
