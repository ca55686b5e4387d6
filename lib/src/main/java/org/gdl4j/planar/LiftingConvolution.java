package org.gdl4j.planar;

import java.util.Objects;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.nn.FieldKind;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.GeometricTensor;
import org.gdl4j.nn.TypedLayer;
import org.gdl4j.nn.NetworkGraph;
import org.gdl4j.nn.ParameterRole;
import org.gdl4j.nn.ParameterSpec;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Lifting convolution {@code Z² → G ⋉ Z²} (Cohen and Welling, "Group equivariant convolutional networks",
 * ICML 2016): correlates an image with every transformed copy {@code g·ψ} of each filter, producing one
 * regular field per filter. Equivariant: rotating or reflecting the input rotates or reflects each output
 * map and permutes the group axis by the regular representation — exactly for C4, D4 and their subgroups,
 * approximately (filters rotated by interpolation) for other C_n and D_n.
 *
 * <p>Shapes: input {@code [N, C_in, H, W]} (trivial fields); free filters {@code [F, C_in, k, k]}, expanded to
 * {@code [F·|G|, C_in, k, k]} (OIYX; handed to {@code conv2d} as YXIO) for one convolution; bias {@code [F]},
 * shared by a field's {@code |G|} channels; output {@code [N, F·|G|, H', W']} with {@code H' = H} (SAME) or
 * {@code H − k + 1} (VALID).
 * Channels-last input ({@link org.gdl4j.nn.Layout#CHANNELS_LAST}) gives channels-last output: the same
 * axes with the channel axis last.
 */
public final class LiftingConvolution extends TypedLayer {

    private final PlanarGroup<?> group;
    private final int k;
    private final Padding padding;

    /**
     * Creates the layer.
     *
     * @param inType trivial fields of a group of planar symmetries (the image channels)
     * @param outFields {@code F}, the number of regular output fields
     * @param k the odd filter size
     * @param padding SAME or VALID
     * @throws IllegalArgumentException for regular input fields, an even filter size or a non-planar group
     */
    public LiftingConvolution(FieldType inType, int outFields, int k, Padding padding) {
        super(requireTrivial(inType), FieldType.regular(inType.group(), outFields));
        this.group = PlanarGroup.of(inType.group());
        this.k = FilterSize.requireOdd(k, "a lifting convolution");
        this.padding = Objects.requireNonNull(padding, "padding");
    }

    private static FieldType requireTrivial(FieldType inType) {
        if (Objects.requireNonNull(inType, "inType").kind() != FieldKind.TRIVIAL) {
            throw new IllegalArgumentException("a lifting convolution expects trivial fields (image channels) but got "
                    + inType + "; use a group convolution on regular fields");
        }
        return inType;
    }

    /**
     * A SAME-padded lifting convolution of image channels.
     *
     * @param group the group (e.g. {@code Groups.cyclic(4)})
     * @param inChannels image channels
     * @param outFields regular output fields
     * @param k the odd filter size
     * @return the layer
     */
    public static LiftingConvolution of(FiniteGroup<?> group, int inChannels, int outFields, int k) {
        return new LiftingConvolution(FieldType.trivial(group, inChannels), outFields, k, Padding.SAME);
    }

    @Override
    public GeometricTensor define(NetworkGraph graph, GeometricTensor input) {
        input.require(inType(), name());
        SameDiff sd = graph.sameDiff();
        int in = inType().size();
        int fields = outType().multiplicity();
        SDVariable free = graph.parameter(new ParameterSpec("weight", new long[] {fields, in, k, k},
                (long) in * k * k, ParameterRole.WEIGHT));
        SDVariable bias = graph.parameter(new ParameterSpec("bias", new long[] {fields}, 1, ParameterRole.BIAS));
        SDVariable bank = FilterBank.expandLifting(sd, free, FilterBank.liftingExpansion(group, k, graph.dataType()),
                fields, in, group.order(), k);
        SDVariable biases = FilterBank.repeatPerField(sd, bias, fields, group.order());
        SDVariable out = sd.cnn().conv2d(input.value(), bank, biases, FilterBank.convolution(k, padding, input.layout()));
        return input.sameLayout(out, outType());
    }

    @Override
    public String name() {
        return "lifting";
    }

    @Override
    public String toString() {
        return "lifting conv " + group.group().name() + " " + inType().size() + "→" + outType().multiplicity() + " " + k
                + "×" + k + " " + padding;
    }
}
