package org.gdl4j.planar;

import java.util.Objects;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.GeometricTensor;
import org.gdl4j.nn.TypedLayer;
import org.gdl4j.nn.NetworkGraph;
import org.gdl4j.nn.ParameterRole;
import org.gdl4j.nn.ParameterSpec;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Batch normalisation (Ioffe and Szegedy, ICML 2015) with statistics shared by all channels of a field: for
 * regular fields the mean and variance run over the batch, the pixels and the field's {@code |G|} channels, and
 * the scale {@code γ} and shift {@code β} are per field, so the layer commutes with the group (channel-wise
 * statistics would not). For trivial fields it is ordinary batch normalisation.
 *
 * <p>Training uses the batch's statistics (biased variance) and moves running averages towards them with
 * the given momentum; inference uses the running averages.
 *
 * <p>Shapes: input and output {@code [N, F·|G|, H, W]}; {@code γ, β} and statistics {@code [F]}.
 * Channels-last input ({@link org.gdl4j.nn.Layout#CHANNELS_LAST}) gives channels-last output: the same
 * axes with the channel axis last.
 */
public final class FieldBatchNorm extends TypedLayer {

    private static final double EPSILON = 1e-5;

    private final double momentum;

    /**
     * Creates the layer.
     *
     * @param type the field type of input and output
     * @param momentum the weight of each batch in the running statistics, in (0, 1]
     */
    public FieldBatchNorm(FieldType type, double momentum) {
        super(type, type);
        if (!(momentum > 0 && momentum <= 1)) {
            throw new IllegalArgumentException("momentum must be in (0, 1] but got " + momentum);
        }
        this.momentum = momentum;
    }

    /**
     * Batch normalisation with momentum 0.1.
     *
     * @param type the field type
     */
    public FieldBatchNorm(FieldType type) {
        this(type, 0.1);
    }

    @Override
    public GeometricTensor define(NetworkGraph graph, GeometricTensor input) {
        input.require(inType(), name());
        SameDiff sd = graph.sameDiff();
        int fields = inType().multiplicity();
        int order = inType().fieldSize();
        SDVariable x = FieldAxes.split(sd, input, fields, order);
        int[] statisticsAxes = FieldAxes.allButFields(input.layout());
        long[] perField = FieldAxes.perField(input.layout(), fields);
        SDVariable batchMean = x.mean(statisticsAxes);
        SDVariable batchVariance = x.sub(batchMean.reshape(perField)).pow(2).mean(statisticsAxes);
        SDVariable mean = graph.runningStatistic("mean", batchMean, 0.0, momentum, fields);
        SDVariable variance = graph.runningStatistic("variance", batchVariance, 1.0, momentum, fields);
        SDVariable gamma = graph.parameter(new ParameterSpec("gamma", new long[] {fields}, 1, ParameterRole.SCALE));
        SDVariable beta = graph.parameter(new ParameterSpec("beta", new long[] {fields}, 1, ParameterRole.SHIFT));
        SDVariable scale = gamma.div(variance.add(EPSILON).pow(0.5));
        SDVariable normalised = x.sub(mean.reshape(perField)).mul(scale.reshape(perField)).add(beta.reshape(perField));
        return input.sameLayout(FieldAxes.join(sd, normalised, input, fields, order), inType());
    }

    @Override
    public String name() {
        return "batchnorm";
    }

    @Override
    public String toString() {
        return "field batch norm(" + inType() + ")";
    }
}
