package org.gdl4j.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gdl4j.Precision;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.NetworkGraph;
import org.gdl4j.nn.QuietStdout;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A normalizing flow: a {@link Bijection} {@code f} from images to latents with a standard-normal prior,
 * {@code log p(x) = log N(f(x); 0, I) + log|det ∂f/∂x|} (change of variables; Dinh et al., ICLR 2017;
 * Kingma and Dhariwal, NeurIPS 2018). One SameDiff graph holds the forward pass on data and the inverse pass
 * on latents with shared parameters, so a trained flow encodes and decodes differentiably, as the
 * diffeomorphic counterfactuals of Dombrowski et al. (IEEE TPAMI) need.
 *
 * <p>Shapes: images {@code [N, C, H, W]} with {@code [C, H, W] = bijection.inShape()}, dequantised to
 * {@code [0, 1]} when the bijection starts with a {@link LogitTransform} (see {@link Quantization});
 * latents {@code [N, bijection.outShape()]}; per-sample values {@code [N]}. {@code D = C·H·W}.
 *
 * <p>As a {@link LatentDecoder} the latent shape is the output shape, {@code encode} is the forward pass and
 * {@code decode} the inverse pass, also inside another graph.
 *
 * <p>Lifecycle: {@link #build}, then {@link #initialize} on a first batch (ActNorm), then
 * {@link FlowTrainer#fit}; {@link FlowFile} saves and loads.
 */
public final class Flow implements LatentDecoder {

    static final String INPUT = "x";
    static final String LATENT = "latent";
    static final String ENCODED = "z";
    static final String DECODED = "decoded";
    static final String LOG_LIKELIHOOD = "log_likelihood";
    static final String LOSS = "loss";

    private final Bijection bijection;
    private final Precision precision;
    private final Initialization initialization;
    private final SameDiff graph;
    private final List<String> parameterNames;
    private final BoundBijection bound;
    private final SDVariable input;

    private Flow(Bijection bijection, Precision precision, Initialization initialization) {
        this.bijection = bijection;
        this.precision = precision;
        this.initialization = initialization;
        this.graph = SameDiff.create();
        NetworkGraph builder = new NetworkGraph(graph, precision, initialization);
        this.input = graph.placeHolder(INPUT, precision.dataType(), bijection.inShape().batchShape(-1));
        this.bound = bijection.bind(builder);
        FlowStep encoded = bound.forward(input);
        SDVariable z = encoded.value().rename(ENCODED);
        long d = bijection.inShape().dimension();
        SDVariable logPrior = FlowOps.sumPerSample(z.mul(z)).mul(-0.5).sub(0.5 * d * Math.log(2 * Math.PI));
        SDVariable logLikelihood = logPrior.add(encoded.logDet()).rename(LOG_LIKELIHOOD);
        logLikelihood.mean().neg().div(d).rename(LOSS).markAsLoss();
        SDVariable latent = graph.placeHolder(LATENT, precision.dataType(), bijection.outShape().batchShape(-1));
        bound.inverse(latent).value().rename(DECODED);
        this.parameterNames = List.copyOf(builder.parameters().keySet());
    }

    /**
     * Builds a flow and draws its parameters.
     *
     * @param bijection the map from images to latents
     * @param precision the data type of parameters and activations
     * @param initialization the seed and scales of the parameter draw
     * @return the flow
     */
    public static Flow build(Bijection bijection, Precision precision, Initialization initialization) {
        Objects.requireNonNull(bijection, "bijection");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(initialization, "initialization");
        return new Flow(bijection, precision, initialization);
    }

    /** @return the map from images to latents */
    public Bijection bijection() {
        return bijection;
    }

    /** @return the precision of parameters and activations */
    public Precision precision() {
        return precision;
    }

    /** @return how the parameters were drawn */
    public Initialization initialization() {
        return initialization;
    }

    /** @return the names of the trainable parameters, in creation order */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /**
     * The stored value of a parameter (live: changing it changes the flow).
     *
     * @param name a name from {@link #parameterNames()}
     * @return the array
     */
    public INDArray parameter(String name) {
        if (!parameterNames.contains(name)) {
            throw new IllegalArgumentException("the flow has no parameter '" + name + "'; it has " + parameterNames);
        }
        return graph.getArrForVarName(name);
    }

    /** @return the number of trainable scalars */
    public long parameterCount() {
        return parameterNames.stream().mapToLong(n -> parameter(n).length()).sum();
    }

    /**
     * Data-dependent initialisation: sets every ActNorm, in forward order, so that its output on this batch
     * has zero mean and unit standard deviation per channel. Call once before training.
     *
     * @param images a first batch {@code [N, C, H, W]}, dequantised
     */
    public void initialize(INDArray images) {
        Map<String, INDArray> feed = Map.of(INPUT, checkedImages(images));
        for (DataInitialized part : bound.dataInitialized()) {
            part.initialize(v -> graph.output(feed, v.name()).get(v.name()));
        }
    }

    /**
     * The log-density of dequantised images, including every log-determinant (pre-processing too).
     *
     * @param images {@code [N, C, H, W]}
     * @return {@code log p(x)} in nats, {@code [N]}
     */
    public INDArray logLikelihood(INDArray images) {
        return output(Map.of(INPUT, checkedImages(images)), LOG_LIKELIHOOD);
    }

    /**
     * Bits per dimension of dequantised images under a quantisation (8 bit:
     * {@code (−log p(x_c)/D + ln 256)/ln 2}).
     *
     * @param images {@code [N, C, H, W]}, dequantised with {@code quantization}
     * @param quantization the bit depth of the data
     * @return bits per dimension, {@code [N]} in float64
     */
    public INDArray bitsPerDimension(INDArray images, Quantization quantization) {
        INDArray logLikelihood = logLikelihood(images).castTo(DataType.DOUBLE);
        long d = bijection.inShape().dimension();
        double[] bpd = logLikelihood.toDoubleVector();
        for (int i = 0; i < bpd.length; i++) {
            bpd[i] = quantization.bitsPerDimension(bpd[i], d);
        }
        return Nd4j.createFromArray(bpd);
    }

    /**
     * Encodes images: {@code z = f(x)}.
     *
     * @param images {@code [N, C, H, W]}, dequantised (cell midpoints for a deterministic code)
     * @return {@code [N, outShape]}
     */
    @Override
    public INDArray encode(INDArray images) {
        return output(Map.of(INPUT, checkedImages(images)), ENCODED);
    }

    /**
     * Decodes latents: {@code x = f⁻¹(z)}, the exact inverse (after a {@link LogitTransform} the values lie in
     * {@code (−α/(1−2α), 1 + α/(1−2α))}; clamp to {@code [0, 1]} for display).
     *
     * @param latents {@code [N, outShape]}
     * @return {@code [N, C, H, W]}
     */
    @Override
    public INDArray decode(INDArray latents) {
        bijection.outShape().requireBatch(latents, "latents");
        requireFinite(latents, "latents");
        return output(Map.of(LATENT, latents.castTo(precision.dataType())), DECODED);
    }

    /**
     * Builds the inverse pass into another graph under {@code scope}: the bijection's parameters are created
     * there as constants holding this flow's current values, so gradients reach {@code latents} only.
     *
     * @param other the graph to build into, of this flow's precision
     * @param latents {@code [N, outShape]} in that graph
     * @param scope a name prefix, unique in that graph
     * @return {@code f⁻¹(latents)}, {@code [N, C, H, W]}
     */
    @Override
    public SDVariable decode(SameDiff other, SDVariable latents, String scope) {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(latents, "latents");
        Objects.requireNonNull(scope, "scope");
        bijection.outShape().requireVariable(latents, "latents");
        NetworkGraph builder = new NetworkGraph(other, precision, initialization);
        BoundBijection copy;
        try (NetworkGraph.Scope ignored = builder.scope(scope)) {
            copy = bijection.bind(builder);
        }
        List<SDVariable> copied = new ArrayList<>();
        for (String name : parameterNames) {
            SDVariable variable = other.getVariable(scope + "/" + name);
            variable.getArr().assign(parameter(name));
            copied.add(variable);
        }
        other.convertToConstants(copied);
        return copy.inverse(latents).value();
    }

    @Override
    public long[] latentShape() {
        return shapeOf(bijection.outShape());
    }

    @Override
    public long[] imageShape() {
        return shapeOf(bijection.inShape());
    }

    private static long[] shapeOf(ImageShape shape) {
        return new long[] {shape.channels(), shape.height(), shape.width()};
    }

    /**
     * Draws images: {@code x = f⁻¹(T·ε)}, {@code ε ~ N(0, I)}.
     *
     * @param n the number of images, at least 1
     * @param temperature {@code T > 0} (1 samples the model; lower values give smoother images)
     * @param seed the seed of {@code ε}
     * @return {@code [n, C, H, W]}
     */
    public INDArray sample(int n, double temperature, long seed) {
        if (n < 1 || !(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("expected n ≥ 1 and a positive finite temperature but got n = " + n
                    + ", T = " + temperature);
        }
        java.util.Random random = new java.util.Random(seed);
        double[] values = new double[Math.toIntExact(n * bijection.outShape().dimension())];
        for (int i = 0; i < values.length; i++) {
            values[i] = temperature * random.nextGaussian();
        }
        return decode(Nd4j.create(values, bijection.outShape().batchShape(n), DataType.DOUBLE));
    }

    /** One forward and backward pass of the mean negative log-likelihood per dimension; for the trainer. */
    OutAndGrad trainingStep(INDArray images) {
        Map<String, INDArray> feed = Map.of(INPUT, checkedImages(images));
        return QuietStdout.call(() -> graph.calculateGradientsAndOutputs(feed, List.of(LOSS), parameterNames));
    }

    private INDArray output(Map<String, INDArray> feed, String name) {
        return graph.output(feed, name).get(name);
    }

    private INDArray checkedImages(INDArray images) {
        bijection.inShape().requireBatch(images, "images");
        requireFinite(images, "images");
        return images.castTo(precision.dataType());
    }

    private static void requireFinite(INDArray values, String what) {
        if (!Double.isFinite(values.sumNumber().doubleValue())) {
            throw new IllegalArgumentException("expected finite " + what + " but got NaN or infinite values");
        }
    }

    @Override
    public String toString() {
        return "flow " + bijection.inShape() + " -> " + bijection.outShape() + " with " + parameterCount()
                + " parameters (" + precision + ")";
    }
}
