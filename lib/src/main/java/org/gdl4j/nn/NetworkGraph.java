package org.gdl4j.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.gdl4j.Precision;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A SameDiff graph under construction, handed to each {@link Layer#define}: it creates the layers'
 * parameters (drawn from one seeded generator in creation order and scaled per {@link Parameterization}),
 * gives each layer its own name scope, and provides the training-mode switch and running statistics that
 * batch normalisation needs.
 */
public final class NetworkGraph {

    /** Name of the scalar placeholder that is 1 in {@link Mode#TRAIN} and 0 in {@link Mode#INFERENCE}. */
    public static final String MODE_PLACEHOLDER = "mode";

    private final SameDiff sameDiff;
    private final Precision precision;
    private final Initialization initialization;
    private final Random random;
    private final Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
    private final List<RunningStatistic> statistics = new ArrayList<>();
    private final List<String> scopes = new ArrayList<>();
    private SDVariable mode;

    /**
     * Starts a graph.
     *
     * @param sameDiff the graph to add to
     * @param precision the data type of parameters and activations
     * @param initialization how parameters are drawn
     */
    public NetworkGraph(SameDiff sameDiff, Precision precision, Initialization initialization) {
        this.sameDiff = Objects.requireNonNull(sameDiff, "sameDiff");
        this.precision = Objects.requireNonNull(precision, "precision");
        this.initialization = Objects.requireNonNull(initialization, "initialization");
        this.random = new Random(initialization.seed());
    }

    /** @return the SameDiff graph */
    public SameDiff sameDiff() {
        return sameDiff;
    }

    /** @return the precision of parameters and activations */
    public Precision precision() {
        return precision;
    }

    /** @return the ND4J data type of parameters and activations */
    public DataType dataType() {
        return precision.dataType();
    }

    /** @return how parameters are drawn and scaled */
    public Initialization initialization() {
        return initialization;
    }

    /**
     * Opens a name scope; names created inside are prefixed with it. Close it with try-with-resources.
     *
     * @param name the scope's name, unique among its siblings
     * @return the open scope
     */
    public Scope scope(String name) {
        scopes.add(name);
        return () -> scopes.remove(scopes.size() - 1);
    }

    /** An open name scope. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private String qualified(String name) {
        return scopes.isEmpty() ? name : String.join("/", scopes) + "/" + name;
    }

    /**
     * Creates a trainable parameter, draws its initial value and returns it as it enters the forward pass:
     * in NTK parameterisation weights are multiplied by {@code σ_w/√fanIn} and biases by {@code σ_b}.
     *
     * @param spec the parameter's name (within the current scope), shape, fan-in and role
     * @return the effective parameter, of shape {@code spec.shape()}
     * @throws IllegalArgumentException if a parameter of that name exists already
     */
    public SDVariable parameter(ParameterSpec spec) {
        String name = qualified(spec.name());
        if (parameters.containsKey(name)) {
            throw new IllegalArgumentException("parameter '" + name + "' is defined twice; give layers distinct scopes");
        }
        parameters.put(name, spec);
        SDVariable stored = sameDiff.var(name, ParameterInitializer.draw(spec, initialization, random, dataType()));
        double factor = ParameterInitializer.forwardFactor(spec, initialization);
        return factor == 1.0 ? stored : stored.mul(factor);
    }

    /**
     * Creates a trainable parameter whose initial value the caller draws, e.g. an orthogonal matrix or its LU
     * factors; the value is stored as given (cast to the graph's data type) and never rescaled. The caller
     * draws from the graph's seeded generator, so the value depends only on the seed and creation order.
     *
     * @param spec the parameter's name (within the current scope), shape, fan-in and role
     * @param initialValue draws the initial value, of shape {@code spec.shape()}, from the graph's generator
     * @return the parameter, of shape {@code spec.shape()}
     * @throws IllegalArgumentException if a parameter of that name exists already or the value has another shape
     */
    public SDVariable parameter(ParameterSpec spec, java.util.function.Function<Random, INDArray> initialValue) {
        String name = qualified(spec.name());
        if (parameters.containsKey(name)) {
            throw new IllegalArgumentException("parameter '" + name + "' is defined twice; give layers distinct scopes");
        }
        INDArray value = initialValue.apply(random);
        if (!java.util.Arrays.equals(value.shape(), spec.shape())) {
            throw new IllegalArgumentException("parameter '" + name + "' expects an initial value of shape "
                    + java.util.Arrays.toString(spec.shape()) + " but got " + java.util.Arrays.toString(value.shape()));
        }
        parameters.put(name, spec);
        return sameDiff.var(name, value.castTo(dataType()));
    }

    /**
     * The training-mode switch: a scalar placeholder that is 1 while training and 0 at inference, shared by
     * all networks built into the same SameDiff graph.
     *
     * @return the placeholder, created on first use
     */
    public SDVariable modeSwitch() {
        if (mode == null) {
            mode = sameDiff.hasVariable(MODE_PLACEHOLDER) ? sameDiff.getVariable(MODE_PLACEHOLDER)
                    : sameDiff.placeHolder(MODE_PLACEHOLDER, dataType());
        }
        return mode;
    }

    /**
     * A statistic that uses the batch's value while training and a running average at inference, e.g. a
     * batch-normalisation mean: returns {@code t·batch + (1 − t)·running} for the mode switch {@code t}.
     * After each training step the trainer moves the running value towards the batch value:
     * {@code running ← (1 − momentum)·running + momentum·batch}.
     *
     * @param name the statistic's name within the current scope
     * @param batchValue the statistic of the current batch, of shape {@code shape}
     * @param initial the running value before training (0 for means, 1 for variances)
     * @param momentum the weight of each new batch, in (0, 1]
     * @param shape the statistic's shape
     * @return the statistic to use, of shape {@code shape}
     */
    public SDVariable runningStatistic(String name, SDVariable batchValue, double initial, double momentum,
                                       long... shape) {
        if (!(momentum > 0 && momentum <= 1)) {
            throw new IllegalArgumentException("momentum must be in (0, 1] but got " + momentum);
        }
        String runningName = qualified(name + "_running");
        INDArray start = Nd4j.valueArrayOf(shape, initial).castTo(dataType());
        SDVariable running = sameDiff.var(runningName, start);
        SDVariable batch = batchValue.rename(qualified(name + "_batch"));
        statistics.add(new RunningStatistic(runningName, batch.name(), momentum));
        SDVariable t = modeSwitch();
        return batch.mul(t).add(running.mul(t.rsub(1.0)));
    }

    /** @return the trainable parameters created so far, by qualified name, in creation order */
    public Map<String, ParameterSpec> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** @return the running statistics created so far */
    public List<RunningStatistic> statistics() {
        return List.copyOf(statistics);
    }

    /** @return whether some layer uses the training-mode switch */
    public boolean hasModeSwitch() {
        return mode != null;
    }

    /**
     * A running statistic: the variable holding the running value and the graph output holding the batch's.
     *
     * @param runningVariable the name of the variable with the running value
     * @param batchOutput the name of the graph variable with the batch value
     * @param momentum the weight of each new batch
     */
    public record RunningStatistic(String runningVariable, String batchOutput, double momentum) {
    }
}
