package org.gdl4j.counterfactual;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.gdl4j.nn.GeometricTensor;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.ModelFile;
import org.gdl4j.nn.NetworkGraph;
import org.gdl4j.nn.ParameterUpdater;
import org.gdl4j.nn.QuietStdout;
import org.gdl4j.nn.Sequential;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected autoencoder {@code AE: [0, 1]^D → (0, 1)^D} (layout in {@link AutoencoderArchitecture}),
 * trained by minibatch gradient descent on the mean squared reconstruction error
 * {@code L = (1/(B·D)) Σ_i ‖AE(x_i) − x_i‖²}. It is the reconstruction model of the IM1 and IM2
 * interpretability metrics of Van Looveren and Klaise (arXiv 1907.02584), which train one autoencoder per class
 * and one on all data ({@link ClassConditionalAutoencoders}); as a {@link UnaryOperator} it is what
 * {@link CounterfactualMetrics#im1} takes.
 *
 * <p>Shapes: images {@code [N, C, H, W]} with {@code [C, H, W] = architecture().shape()}, values in
 * {@code [0, 1]}; reconstructions the same shape, in the architecture's precision.
 *
 * <p>Lifecycle: {@link AutoencoderArchitecture#build}, {@link #train}, then {@link #reconstruct};
 * {@link #save} and {@link #load} keep the parameters bit for bit.
 */
public final class Autoencoder implements UnaryOperator<INDArray> {

    private static final String INPUT = "input";
    private static final String RECONSTRUCTION = "reconstruction";
    private static final String LOSS = "loss";

    private final AutoencoderArchitecture architecture;
    private final Initialization initialization;
    private final SameDiff graph = SameDiff.create();
    private final List<String> parameterNames;

    private Autoencoder(AutoencoderArchitecture architecture, Initialization initialization) {
        this.architecture = architecture;
        this.initialization = initialization;
        NetworkGraph builder = new NetworkGraph(graph, architecture.precision(), initialization);
        SDVariable input = graph.placeHolder(INPUT, architecture.precision().dataType(),
                architecture.shape().batchShape(-1));
        Sequential network = architecture.network();
        SDVariable logits = network.define(builder, new GeometricTensor(input, network.inType())).value();
        SDVariable reconstruction = graph.nn().sigmoid(logits).reshape(input.shape()).rename(RECONSTRUCTION);
        SDVariable error = reconstruction.sub(input);
        error.mul(error).mean().rename(LOSS).markAsLoss();
        this.parameterNames = List.copyOf(builder.parameters().keySet());
    }

    static Autoencoder build(AutoencoderArchitecture architecture, Initialization initialization) {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(initialization, "initialization");
        return new Autoencoder(architecture, initialization);
    }

    /** @return the layout */
    public AutoencoderArchitecture architecture() {
        return architecture;
    }

    /** @return how the parameters were drawn */
    public Initialization initialization() {
        return initialization;
    }

    /** @return the number of trainable scalars */
    public long parameterCount() {
        return parameterNames.stream().mapToLong(n -> graph.getArrForVarName(n).length()).sum();
    }

    /**
     * Trains in place. Each call starts a fresh optimiser (Adam moments at zero); calling it again continues
     * from the current parameters.
     *
     * @param images the training set {@code [N, C, H, W]}, values in {@code [0, 1]}
     * @param config optimiser, learning rate, epochs, batch size, shuffling seed
     * @return per epoch, the mean of the minibatch losses weighted by batch size (the parameters change during
     *         the epoch, so this is a running value, not the loss at the epoch's end)
     * @throws IllegalArgumentException for images of another shape or outside {@code [0, 1]}
     * @throws IllegalStateException if the loss becomes NaN or infinite
     */
    public double[] train(INDArray images, AutoencoderConfig config) {
        Objects.requireNonNull(config, "config");
        INDArray flat = checked(images).reshape(images.size(0), architecture.dimension());
        Random random = new Random(config.seed());
        ParameterUpdater updater = config.optimizer().updater(config.learningRate());
        double[] losses = new double[config.epochs()];
        for (int epoch = 0; epoch < losses.length; epoch++) {
            losses[epoch] = epoch(flat, config.batchSize(), random, updater, epoch + 1);
        }
        return losses;
    }

    private double epoch(INDArray flat, int batchSize, Random random, ParameterUpdater updater, int epoch) {
        int n = (int) flat.size(0);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        double sum = 0;
        for (int from = 0; from < n; from += batchSize) {
            int[] rows = order.subList(from, Math.min(n, from + batchSize)).stream().mapToInt(i -> i).toArray();
            INDArray batch = Nd4j.pullRows(flat, 1, rows).reshape(architecture.shape().batchShape(rows.length));
            sum += step(batch, updater, epoch) * rows.length;
        }
        return sum / n;
    }

    private double step(INDArray batch, ParameterUpdater updater, int epoch) {
        OutAndGrad result = QuietStdout.call(() -> graph.calculateGradientsAndOutputs(Map.of(INPUT, batch),
                List.of(LOSS), parameterNames));
        double loss = result.getOutputs().get(LOSS).getDouble(0);
        if (!Double.isFinite(loss)) {
            throw new IllegalStateException("autoencoder training diverged in epoch " + epoch + ": the loss is "
                    + loss + "; lower the learning rate");
        }
        for (String name : parameterNames) {
            updater.update(name, graph.getArrForVarName(name), result.getGradients().get(name));
        }
        return loss;
    }

    /**
     * Reconstructs images.
     *
     * @param images {@code [N, C, H, W]}, values in {@code [0, 1]}
     * @return {@code AE(x)}, {@code [N, C, H, W]} in {@code (0, 1)}
     * @throws IllegalArgumentException for images of another shape or outside {@code [0, 1]}
     */
    public INDArray reconstruct(INDArray images) {
        INDArray x = checked(images);
        return graph.output(Map.of(INPUT, x), RECONSTRUCTION).get(RECONSTRUCTION);
    }

    /** {@inheritDoc} The same as {@link #reconstruct}. */
    @Override
    public INDArray apply(INDArray images) {
        return reconstruct(images);
    }

    /**
     * The mean squared reconstruction error per image, {@code ‖AE(x) − x‖² / D}.
     *
     * @param images {@code [N, C, H, W]}, values in {@code [0, 1]}
     * @return {@code N} values
     */
    public double[] meanSquaredErrors(INDArray images) {
        INDArray error = Differences.change(reconstruct(images), checked(images));
        return error.mul(error).reshape(error.size(0), -1).mean(1).castTo(DataType.DOUBLE)
                .toDoubleVector();
    }

    /**
     * Writes the parameters with {@link ModelFile} (a zip of ND4J's raw arrays, so values round-trip bit for
     * bit).
     *
     * @param file the file to write (replaced if it exists)
     */
    public void save(Path file) {
        Model storage = Model.build(architecture.network(), architecture.precision(), initialization,
                sample(architecture));
        for (String name : parameterNames) {
            storage.parameter(name).assign(graph.getArrForVarName(name));
        }
        ModelFile.save(storage, file);
    }

    /**
     * Reads an autoencoder written by {@link #save}.
     *
     * @param file the file
     * @param architecture the layout it was built with
     * @return the autoencoder with the saved parameters
     * @throws IllegalArgumentException if the file is missing, unreadable, or of another layout or precision
     */
    public static Autoencoder load(Path file, AutoencoderArchitecture architecture) {
        Objects.requireNonNull(architecture, "architecture");
        Model storage = ModelFile.load(file, architecture.network());
        if (storage.precision() != architecture.precision()
                || !Arrays.equals(storage.sampleShape(), sample(architecture))) {
            throw new IllegalArgumentException("the autoencoder in " + file + " has precision " + storage.precision()
                    + " and images " + Arrays.toString(storage.sampleShape()) + " but the architecture has "
                    + architecture.precision() + " and " + architecture.shape());
        }
        Autoencoder loaded = new Autoencoder(architecture, storage.initialization());
        for (String name : loaded.parameterNames) {
            loaded.graph.getArrForVarName(name).assign(storage.parameter(name));
        }
        return loaded;
    }

    private static long[] sample(AutoencoderArchitecture architecture) {
        return new long[] {architecture.shape().channels(), architecture.shape().height(), architecture.shape().width()};
    }

    private INDArray checked(INDArray images) {
        Objects.requireNonNull(images, "images");
        Shapes.requireBatch(images, sample(architecture), "images");
        double min = images.minNumber().doubleValue();
        double max = images.maxNumber().doubleValue();
        if (!Double.isFinite(images.sumNumber().doubleValue()) || !(min >= 0 && max <= 1)) {
            throw new IllegalArgumentException("expected finite images in [0, 1] but got values in [" + min
                    + ", " + max + "]");
        }
        return images.castTo(architecture.precision().dataType());
    }

    @Override
    public String toString() {
        return "autoencoder " + architecture.shape() + " via " + architecture.hiddenWidths() + " with "
                + parameterCount() + " parameters (" + architecture.precision() + ")";
    }
}
