package org.gdl4j.planar;

import java.util.Objects;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.GeometricTensor;
import org.gdl4j.nn.TypedLayer;
import org.gdl4j.nn.NetworkGraph;
import org.gdl4j.nn.ParameterRole;
import org.gdl4j.nn.ParameterSpec;
import org.nd4j.autodiff.samediff.SDVariable;

/**
 * An ordinary convolution between plain channels: the CNN baseline of the group-convolutional layers, with
 * the same API, parameterisation and filter layout.
 *
 * <p>Shapes: input {@code [N, C_in, H, W]}; filters {@code [C_out, C_in, k, k]} (OIYX, fan-in
 * {@code C_in·k²}); bias {@code [C_out]}; output {@code [N, C_out, H', W']}.
 * Channels-last input ({@link org.gdl4j.nn.Layout#CHANNELS_LAST}) gives channels-last output: the same
 * axes with the channel axis last.
 */
public final class Convolution extends TypedLayer {

    private final int k;
    private final Padding padding;

    /**
     * Creates the layer.
     *
     * @param inType plain channels ({@link FieldType#plain(int)})
     * @param outChannels output channels
     * @param k the filter size (any positive size)
     * @param padding SAME or VALID
     * @throws IllegalArgumentException if the input is not plain channels of the trivial group
     */
    public Convolution(FieldType inType, int outChannels, int k, Padding padding) {
        super(requirePlain(inType), FieldType.plain(outChannels));
        if (k < 1) {
            throw new IllegalArgumentException("the filter size must be positive but got " + k);
        }
        this.k = k;
        this.padding = Objects.requireNonNull(padding, "padding");
    }

    private static FieldType requirePlain(FieldType inType) {
        if (!Objects.requireNonNull(inType, "inType").equals(FieldType.plain(inType.multiplicity()))) {
            throw new IllegalArgumentException("an ordinary convolution expects plain channels but got " + inType
                    + "; use a lifting or group convolution for fields of a group");
        }
        return inType;
    }

    /**
     * A SAME-padded convolution.
     *
     * @param inChannels input channels
     * @param outChannels output channels
     * @param k the filter size
     * @return the layer
     */
    public static Convolution of(int inChannels, int outChannels, int k) {
        return new Convolution(FieldType.plain(inChannels), outChannels, k, Padding.SAME);
    }

    @Override
    public GeometricTensor define(NetworkGraph graph, GeometricTensor input) {
        input.require(inType(), name());
        int in = inType().size();
        int out = outType().size();
        SDVariable filters = graph.parameter(new ParameterSpec("weight", new long[] {out, in, k, k},
                (long) in * k * k, ParameterRole.WEIGHT));
        SDVariable bias = graph.parameter(new ParameterSpec("bias", new long[] {out}, 1, ParameterRole.BIAS));
        SDVariable result = graph.sameDiff().cnn().conv2d(input.value(), FilterBank.toYxio(filters), bias,
                FilterBank.convolution(k, padding, input.layout()));
        return input.sameLayout(result, outType());
    }

    @Override
    public String name() {
        return "conv";
    }

    @Override
    public String toString() {
        return "conv " + inType().size() + "→" + outType().size() + " " + k + "×" + k + " " + padding;
    }
}
