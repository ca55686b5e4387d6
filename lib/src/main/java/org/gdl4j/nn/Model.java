package org.gdl4j.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gdl4j.Precision;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A classifier: a network of {@link Layer}s built into one SameDiff graph with its parameters, a softmax
 * cross-entropy loss on its logits, and the running statistics of its batch normalisations.
 *
 * <p>Shapes: input {@code [N, sampleShape…]} (e.g. {@code [N, C, H, W]} for images, {@code [N, D]} for
 * vectors), with {@code sampleShape[0] = network.inType().size()}; logits {@code [N, K]} with
 * {@code K = network.outType().size()}; labels are class indices in {@code [0, K)}.
 */
public final class Model {

    static final String INPUT = "input";
    static final String LABELS = "labels";
    static final String LOGITS = "logits";
    static final String LOSS = "loss";

    private final Layer network;
    private final long[] sampleShape;
    private final Precision precision;
    private final Initialization initialization;
    private final SameDiff graph;
    private final List<String> parameterNames;
    private final List<NetworkGraph.RunningStatistic> statistics;
    private final boolean hasModeSwitch;

    private Model(Layer network, long[] sampleShape, Precision precision, Initialization initialization) {
        this.network = network;
        this.sampleShape = sampleShape.clone();
        this.precision = precision;
        this.initialization = initialization;
        this.graph = SameDiff.create();
        NetworkGraph builder = new NetworkGraph(graph, precision, initialization);
        long[] placeholderShape = new long[sampleShape.length + 1];
        placeholderShape[0] = -1;
        System.arraycopy(sampleShape, 0, placeholderShape, 1, sampleShape.length);
        SDVariable input = graph.placeHolder(INPUT, precision.dataType(), placeholderShape);
        GeometricTensor output = network.define(builder, new GeometricTensor(input, network.inType()));
        SDVariable logits = output.value().rename(LOGITS);
        SDVariable labels = graph.placeHolder(LABELS, precision.dataType(), -1, network.outType().size());
        graph.loss().softmaxCrossEntropy(LOSS, labels, logits, null).markAsLoss();
        this.parameterNames = List.copyOf(builder.parameters().keySet());
        this.statistics = builder.statistics();
        this.hasModeSwitch = builder.hasModeSwitch();
    }

    /**
     * Builds a model and draws its parameters.
     *
     * @param network the network, whose output is {@code [N, K]} logits
     * @param precision the data type of parameters and activations
     * @param initialization how parameters are drawn (seed, parameterisation, scales)
     * @param sampleShape the shape of one input sample, e.g. {@code 1, 28, 28}
     * @return the model
     * @throws IllegalArgumentException if the sample's channel count is not {@code network.inType().size()}
     */
    public static Model build(Layer network, Precision precision, Initialization initialization, long... sampleShape) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(initialization, "initialization");
        if (sampleShape.length == 0 || Arrays.stream(sampleShape).anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("expected a sample shape of positive sizes, e.g. [1, 28, 28], but got "
                    + Arrays.toString(sampleShape));
        }
        network.inType().requireChannels(sampleShape[0], "the model's input");
        return new Model(network, sampleShape, precision, initialization);
    }

    /** @return the network */
    public Layer network() {
        return network;
    }

    /** @return the shape of one input sample */
    public long[] sampleShape() {
        return sampleShape.clone();
    }

    /** @return the precision of parameters and activations */
    public Precision precision() {
        return precision;
    }

    /** @return how the parameters were drawn */
    public Initialization initialization() {
        return initialization;
    }

    /** @return {@code K}, the number of classes */
    public int classes() {
        return network.outType().size();
    }

    /** @return the names of the trainable parameters, in creation order */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** @return the names of all stored arrays: parameters, then running statistics */
    List<String> stateNames() {
        List<String> names = new ArrayList<>(parameterNames);
        statistics.forEach(s -> names.add(s.runningVariable()));
        return names;
    }

    /**
     * The stored value of a parameter or running statistic (live: changing it changes the model).
     *
     * @param name a name from {@link #parameterNames()} or a running statistic
     * @return the array
     */
    public INDArray parameter(String name) {
        if (!graph.hasVariable(name)) {
            throw new IllegalArgumentException("the model has no parameter '" + name + "'; it has " + stateNames());
        }
        return graph.getArrForVarName(name);
    }

    /** @return the number of trainable scalars */
    public long parameterCount() {
        return parameterNames.stream().mapToLong(n -> parameter(n).length()).sum();
    }

    /** @return the running statistics the trainer updates */
    List<NetworkGraph.RunningStatistic> statistics() {
        return statistics;
    }

    /**
     * The logits of a batch at inference (batch normalisation uses running statistics).
     *
     * @param images {@code [N, sampleShape…]}
     * @return {@code [N, K]}
     */
    public INDArray output(INDArray images) {
        return output(images, Mode.INFERENCE);
    }

    /**
     * The logits of a batch in the given mode.
     *
     * @param images {@code [N, sampleShape…]}
     * @param mode training (batch statistics) or inference (running statistics)
     * @return {@code [N, K]}
     */
    public INDArray output(INDArray images, Mode mode) {
        return graph.output(placeholders(images, null, mode), LOGITS).get(LOGITS);
    }

    /**
     * Builds the network into another graph at inference, as a fixed function of {@code input}: its parameters
     * and running statistics become constants there with this model's current values, so gradients of the
     * logits reach {@code input} only. Batch normalisation reads the graph's
     * {@link NetworkGraph#MODE_PLACEHOLDER}; if the graph has none yet it becomes a constant 0, and if the graph
     * already has that placeholder the caller must feed 0.
     *
     * @param other the graph to build into, of this model's precision
     * @param input {@code [N, sampleShape…]} in that graph
     * @param scope a name prefix, unique in that graph
     * @return the logits, {@code [N, K]}
     */
    public SDVariable logitsIn(SameDiff other, SDVariable input, String scope) {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(scope, "scope");
        if (hasModeSwitch && !other.hasVariable(NetworkGraph.MODE_PLACEHOLDER)) {
            other.constant(NetworkGraph.MODE_PLACEHOLDER, Nd4j.scalar(precision.dataType(), 0));
        }
        NetworkGraph builder = new NetworkGraph(other, precision, initialization);
        GeometricTensor output;
        try (NetworkGraph.Scope ignored = builder.scope(scope)) {
            output = network.define(builder, new GeometricTensor(input, network.inType()));
        }
        List<SDVariable> copied = new ArrayList<>();
        for (String name : stateNames()) {
            SDVariable variable = other.getVariable(scope + "/" + name);
            variable.getArr().assign(parameter(name));
            copied.add(variable);
        }
        other.convertToConstants(copied);
        return output.value();
    }

    /**
     * Loss and accuracy on a data set at inference, in batches.
     *
     * @param images {@code [N, sampleShape…]}
     * @param labels {@code N} class indices
     * @param batchSize samples per forward pass
     * @return the mean loss and the accuracy
     */
    public Evaluation evaluate(INDArray images, int[] labels, int batchSize) {
        requireBatch(images, labels);
        long n = images.size(0);
        double lossSum = 0;
        long correct = 0;
        for (long start = 0; start < n; start += batchSize) {
            long end = Math.min(n, start + batchSize);
            INDArray x = images.get(NDArrayIndex.interval(start, end));
            int[] y = Arrays.copyOfRange(labels, (int) start, (int) end);
            Map<String, INDArray> out = graph.output(placeholders(x, y, Mode.INFERENCE), LOGITS, LOSS);
            lossSum += out.get(LOSS).getDouble(0) * (end - start);
            correct += Labels.countCorrect(out.get(LOGITS), y);
        }
        return new Evaluation(lossSum / n, (double) correct / n, n);
    }

    /**
     * The mean loss of a batch in the given mode, without gradients.
     *
     * @param images {@code [N, sampleShape…]}
     * @param labels {@code N} class indices
     * @param mode training (batch statistics) or inference (running statistics)
     * @return the mean softmax cross-entropy
     */
    public double loss(INDArray images, int[] labels, Mode mode) {
        requireBatch(images, labels);
        return graph.output(placeholders(images, labels, mode), LOSS).get(LOSS).getDouble(0);
    }

    /** One forward and backward pass in training mode; package-private for the trainer. */
    OutAndGrad trainingStep(INDArray images, int[] labels) {
        List<String> outputs = new ArrayList<>(List.of(LOSS, LOGITS));
        statistics.forEach(s -> outputs.add(s.batchOutput()));
        Map<String, INDArray> feed = placeholders(images, labels, Mode.TRAIN);
        return QuietStdout.call(() -> graph.calculateGradientsAndOutputs(feed, outputs, parameterNames));
    }

    private Map<String, INDArray> placeholders(INDArray images, int[] labels, Mode mode) {
        requireSample(images);
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(INPUT, images.castTo(precision.dataType()));
        if (labels != null) {
            feed.put(LABELS, Labels.oneHot(labels, classes(), precision.dataType()));
        }
        if (hasModeSwitch) {
            feed.put(NetworkGraph.MODE_PLACEHOLDER, Nd4j.scalar(precision.dataType(), mode == Mode.TRAIN ? 1 : 0));
        }
        return feed;
    }

    private void requireSample(INDArray images) {
        long[] shape = images.shape();
        long[] expected = new long[sampleShape.length + 1];
        System.arraycopy(sampleShape, 0, expected, 1, sampleShape.length);
        expected[0] = shape.length > 0 ? shape[0] : -1;
        if (!Arrays.equals(shape, expected)) {
            throw new IllegalArgumentException("expected input [N, " + Arrays.toString(sampleShape).replaceAll("[\\[\\]]", "")
                    + "] but got " + Arrays.toString(shape));
        }
    }

    private void requireBatch(INDArray images, int[] labels) {
        requireSample(images);
        if (labels.length != images.size(0)) {
            throw new IllegalArgumentException("expected one label per image (" + images.size(0) + ") but got "
                    + labels.length);
        }
    }

    @Override
    public String toString() {
        return "model " + network + " with " + parameterCount() + " parameters (" + precision + ", "
                + initialization.parameterization() + ")";
    }
}
