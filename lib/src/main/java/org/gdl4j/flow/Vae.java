package org.gdl4j.flow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.gdl4j.Precision;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.NetworkGraph;
import org.gdl4j.nn.QuietStdout;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A variational autoencoder (Kingma and Welling, "Auto-Encoding Variational Bayes", ICLR 2014) on images in
 * {@code [0, 1]}: an encoder gives the Gaussian posterior {@code q(z|x) = N(μ(x), diag σ²(x))} of a
 * {@code d}-dimensional latent, a decoder the Bernoulli logits {@code ℓ(z)} of {@code p(x|z)}, and training
 * ({@link VaeTrainer}) maximises the evidence lower bound
 * <pre>{@code ELBO(x) = E_q[log p(x|z)] − KL(q(z|x) ‖ N(0, I)),}</pre>
 * estimated with one reparameterised sample {@code z = μ + σ ⊙ ε}, {@code ε ~ N(0, I)}, per image. As a
 * {@link LatentDecoder} for the diffeomorphic counterfactuals of Dombrowski et al. ("Diffeomorphic
 * Counterfactuals with Generative Models", IEEE TPAMI), {@link #encode} is the posterior mean {@code μ(x)} and
 * {@link #decode} the decoder mean {@code sigmoid(ℓ(z))}; {@code decode(encode(x))} only approximates {@code x}.
 *
 * <p>Shapes: images {@code [N, C, H, W]} with {@code [C, H, W] = architecture.image()}; latents and noise
 * {@code [N, d]}; per-image values {@code [N]}. Parameters are drawn by {@link Initialization#standard} (He
 * weights, zero biases) from the seed.
 *
 * <p>Lifecycle: {@link #build}, then {@link VaeTrainer#fit}; {@link VaeFile} saves and loads.
 */
public final class Vae implements LatentDecoder {

    static final String INPUT = "x";
    static final String NOISE = "noise";
    static final String LATENT = "latent";
    static final String MEAN = "mean";
    static final String LOG_VARIANCE = "log_variance";
    static final String RECONSTRUCTION = "reconstruction";
    static final String KL = "kl";
    static final String ELBO = "elbo";
    static final String LOSS = "loss";
    static final String DECODED = "decoded";

    private final VaeArchitecture architecture;
    private final Precision precision;
    private final long seed;
    private final SameDiff graph = SameDiff.create();
    private final List<String> parameterNames;

    private Vae(VaeArchitecture architecture, Precision precision, long seed) {
        this.architecture = architecture;
        this.precision = precision;
        this.seed = seed;
        NetworkGraph builder = new NetworkGraph(graph, precision, Initialization.standard(seed));
        Map<String, SDVariable> created = new HashMap<>();
        VaeWeights shared = spec -> created.computeIfAbsent(spec.name(), n -> builder.parameter(spec));
        defineObjective(shared);
        SDVariable latent = graph.placeHolder(LATENT, precision.dataType(), -1, architecture.latentDimension());
        graph.nn().sigmoid(DECODED, VaeNetworks.decoderLogits(graph, shared, architecture, latent));
        this.parameterNames = List.copyOf(builder.parameters().keySet());
    }

    private void defineObjective(VaeWeights weights) {
        long d = architecture.latentDimension();
        SDVariable x = graph.placeHolder(INPUT, precision.dataType(), architecture.image().batchShape(-1));
        SDVariable noise = graph.placeHolder(NOISE, precision.dataType(), -1, d);
        SDVariable statistics = VaeNetworks.encoder(graph, weights, architecture, x);
        SDVariable mean = VaeOps.columns(statistics, 0, d).rename(MEAN);
        SDVariable logVariance = VaeOps.columns(statistics, d, 2 * d).rename(LOG_VARIANCE);
        SDVariable z = VaeOps.reparameterize(graph, mean, logVariance, noise);
        SDVariable logits = VaeNetworks.decoderLogits(graph, weights, architecture, z);
        SDVariable reconstruction = VaeOps.bernoulliLogLikelihood(graph, x, logits).rename(RECONSTRUCTION);
        SDVariable kl = VaeOps.klToStandardNormal(graph, mean, logVariance).rename(KL);
        SDVariable elbo = reconstruction.sub(kl).rename(ELBO);
        elbo.mean().neg().rename(LOSS).markAsLoss();
    }

    /**
     * Builds a VAE and draws its parameters.
     *
     * @param architecture images, latent dimension and networks
     * @param precision the data type of parameters and activations
     * @param seed the seed of the parameter draw
     * @return the untrained VAE
     */
    public static Vae build(VaeArchitecture architecture, Precision precision, long seed) {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(precision, "precision");
        return new Vae(architecture, precision, seed);
    }

    /** @return the architecture */
    public VaeArchitecture architecture() {
        return architecture;
    }

    /** @return the precision of parameters and activations */
    public Precision precision() {
        return precision;
    }

    /** @return the seed the parameters were drawn from */
    public long seed() {
        return seed;
    }

    /** @return the names of the trainable parameters ({@code encoder/…}, {@code decoder/…}), in creation order */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /**
     * The stored value of a parameter (live: changing it changes the VAE).
     *
     * @param name a name from {@link #parameterNames()}
     * @return the array
     */
    public INDArray parameter(String name) {
        if (!parameterNames.contains(name)) {
            throw new IllegalArgumentException("the VAE has no parameter '" + name + "'; it has " + parameterNames);
        }
        return graph.getArrForVarName(name);
    }

    /** @return the number of trainable scalars */
    public long parameterCount() {
        return parameterNames.stream().mapToLong(n -> parameter(n).length()).sum();
    }

    /** @return {@code [d]} */
    @Override
    public long[] latentShape() {
        return new long[] {architecture.latentDimension()};
    }

    /** @return {@code [C, H, W]} */
    @Override
    public long[] imageShape() {
        ImageShape image = architecture.image();
        return new long[] {image.channels(), image.height(), image.width()};
    }

    /**
     * The posterior mean {@code μ(x)}, deterministic (no sampling): the latent a counterfactual search starts from.
     *
     * @param images {@code [N, C, H, W]}
     * @return {@code [N, d]}
     */
    @Override
    public INDArray encode(INDArray images) {
        return output(Map.of(INPUT, VaeInputs.images(architecture, images, precision)), MEAN);
    }

    /**
     * The approximate posterior {@code q(z|x)}.
     *
     * @param images {@code [N, C, H, W]}
     * @return its means and log-variances, each {@code [N, d]}
     */
    public VaePosterior posterior(INDArray images) {
        Map<String, INDArray> feed = Map.of(INPUT, VaeInputs.images(architecture, images, precision));
        Map<String, INDArray> out = graph.output(feed, MEAN, LOG_VARIANCE);
        return new VaePosterior(out.get(MEAN), out.get(LOG_VARIANCE));
    }

    /**
     * The decoder mean {@code sigmoid(ℓ(z))}, the Bernoulli probabilities of each pixel.
     *
     * @param latents {@code [N, d]}, finite
     * @return {@code [N, C, H, W]} in {@code (0, 1)}
     */
    @Override
    public INDArray decode(INDArray latents) {
        return output(Map.of(LATENT, VaeInputs.latents(architecture, latents, precision, "latents")), DECODED);
    }

    /**
     * Builds the decoder mean {@code sigmoid(ℓ(z))} into another graph, with the current parameters copied in as
     * constants named {@code scope/decoder/…}: gradients reach {@code latents} and nothing trains the decoder.
     * The decoder runs in the data type of {@code latents}.
     *
     * @param target the graph to build into
     * @param latents {@code [N, d]} in that graph
     * @param scope a name prefix not used yet in that graph
     * @return the decoded images {@code [N, C, H, W]}
     */
    @Override
    public SDVariable decode(SameDiff target, SDVariable latents, String scope) {
        Objects.requireNonNull(target, "graph");
        Objects.requireNonNull(latents, "latents");
        requireFreshScope(target, scope);
        requireLatentVariable(latents);
        VaeWeights fixed = spec -> target.constant(scope + "/" + spec.name(),
                parameter(spec.name()).castTo(latents.dataType()));
        return target.nn().sigmoid(VaeNetworks.decoderLogits(target, fixed, architecture, latents));
    }

    private static void requireFreshScope(SameDiff target, String scope) {
        Objects.requireNonNull(scope, "scope");
        if (scope.isEmpty() || target.variables().stream().anyMatch(v -> v.name().startsWith(scope + "/"))) {
            throw new IllegalArgumentException("expected a non-empty scope unused in the graph but got '" + scope
                    + "'");
        }
    }

    private void requireLatentVariable(SDVariable latents) {
        long[] shape = latents.getShape();
        if (shape != null && (shape.length != 2 || shape[1] != architecture.latentDimension())) {
            throw new IllegalArgumentException("expected latents [N, " + architecture.latentDimension()
                    + "] but got " + java.util.Arrays.toString(shape));
        }
    }

    /**
     * {@code decode(encode(x))}: the decoder mean at the posterior mean, a blurred copy of the images.
     *
     * @param images {@code [N, C, H, W]}
     * @return {@code [N, C, H, W]}
     */
    public INDArray reconstruct(INDArray images) {
        return decode(encode(images));
    }

    /**
     * The ELBO terms with given reparameterisation noise {@code ε}, so {@code z = μ + σ ⊙ ε}.
     *
     * @param images {@code [N, C, H, W]} in {@code [0, 1]}
     * @param noise {@code ε}, {@code [N, d]}
     * @return reconstruction, KL and ELBO per image
     */
    public VaeTerms terms(INDArray images, INDArray noise) {
        Map<String, INDArray> feed = Map.of(INPUT, VaeInputs.unitImages(architecture, images, precision, "images"),
                NOISE, VaeInputs.latents(architecture, noise, precision, "noise"));
        if (noise.size(0) != images.size(0)) {
            throw new IllegalArgumentException("expected noise for " + images.size(0) + " images but got "
                    + noise.size(0) + " rows");
        }
        Map<String, INDArray> out = graph.output(feed, RECONSTRUCTION, KL, ELBO);
        return new VaeTerms(out.get(RECONSTRUCTION), out.get(KL), out.get(ELBO));
    }

    /**
     * The ELBO per image, its expectation over {@code q} averaged over {@code samples} noise draws.
     *
     * @param images {@code [N, C, H, W]} in {@code [0, 1]}
     * @param samples noise draws per image, at least 1
     * @param noiseSeed the seed of the noise
     * @return {@code [N]} in nats
     */
    public INDArray elbo(INDArray images, int samples, long noiseSeed) {
        if (samples < 1) {
            throw new IllegalArgumentException("expected at least one noise sample but got " + samples);
        }
        Random random = new Random(noiseSeed);
        INDArray sum = null;
        for (int s = 0; s < samples; s++) {
            INDArray elbo = terms(images, VaeInputs.gaussian(random, images.size(0), architecture.latentDimension()))
                    .elbo();
            sum = sum == null ? elbo.dup() : sum.addi(elbo);
        }
        return sum.divi(samples);
    }

    /**
     * Images from the model: decoder means at latents {@code z ~ N(0, I)}.
     *
     * @param n the number of images, at least 1
     * @param sampleSeed the seed of the latents
     * @return {@code [n, C, H, W]}
     */
    public INDArray sample(int n, long sampleSeed) {
        if (n < 1) {
            throw new IllegalArgumentException("expected at least one sample but got " + n);
        }
        return decode(VaeInputs.gaussian(new Random(sampleSeed), n, architecture.latentDimension()));
    }

    /** One forward and backward pass of the negative mean ELBO; for the trainer. */
    OutAndGrad trainingStep(INDArray images, INDArray noise) {
        Map<String, INDArray> feed = Map.of(INPUT, images.castTo(precision.dataType()),
                NOISE, noise.castTo(precision.dataType()));
        return QuietStdout.call(() -> graph.calculateGradientsAndOutputs(feed, List.of(LOSS, RECONSTRUCTION, KL),
                parameterNames));
    }

    private INDArray output(Map<String, INDArray> feed, String name) {
        return graph.output(feed, name).get(name);
    }

    @Override
    public String toString() {
        return architecture + " with " + parameterCount() + " parameters (" + precision + ")";
    }
}
