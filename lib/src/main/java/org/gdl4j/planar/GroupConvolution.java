package org.gdl4j.planar;

import java.util.Objects;
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
 * Group convolution {@code G ⋉ Z² → G ⋉ Z²} between regular fields (Cohen and Welling, ICML 2016):
 * {@code out(g, x) = Σ_h Σ_y in(h, y) ψ(g⁻¹h, g⁻¹(y − x))}, computed as one convolution with the expanded
 * filter bank. Exactly equivariant for C4, D4 and their subgroups; approximately (interpolated filter
 * rotations) for other C_n and D_n.
 *
 * <p>Shapes: input {@code [N, F_in·|G|, H, W]}; free filters {@code [F_out, F_in, |G|, k, k]} (fan-in
 * {@code F_in·|G|·k²}), expanded to {@code [F_out·|G|, F_in·|G|, k, k]} (OIYX; handed to {@code conv2d} in
 * ND4J's YXIO layout, see {@link FilterBank}); bias {@code [F_out]}; output {@code [N, F_out·|G|, H', W']}.
 * Channels-last input ({@link org.gdl4j.nn.Layout#CHANNELS_LAST}) gives channels-last output: the same
 * axes with the channel axis last.
 */
public final class GroupConvolution extends TypedLayer {

    private final PlanarGroup<?> group;
    private final int k;
    private final Padding padding;

    /**
     * Creates the layer.
     *
     * @param inType regular fields of a group of planar symmetries
     * @param outFields {@code F_out}, the number of regular output fields
     * @param k the odd filter size
     * @param padding SAME or VALID
     * @throws IllegalArgumentException for trivial input fields, an even filter size or a non-planar group
     */
    public GroupConvolution(FieldType inType, int outFields, int k, Padding padding) {
        super(requireRegular(inType), inType.withMultiplicity(outFields));
        this.group = PlanarGroup.of(inType.group());
        this.k = FilterSize.requireOdd(k, "a group convolution");
        this.padding = Objects.requireNonNull(padding, "padding");
    }

    private static FieldType requireRegular(FieldType inType) {
        if (Objects.requireNonNull(inType, "inType").kind() != FieldKind.REGULAR) {
            throw new IllegalArgumentException("a group convolution expects regular fields but got " + inType
                    + "; lift image channels with a lifting convolution first");
        }
        return inType;
    }

    /**
     * A SAME-padded group convolution.
     *
     * @param inType regular input fields
     * @param outFields regular output fields
     * @param k the odd filter size
     * @return the layer
     */
    public static GroupConvolution of(FieldType inType, int outFields, int k) {
        return new GroupConvolution(inType, outFields, k, Padding.SAME);
    }

    @Override
    public GeometricTensor define(NetworkGraph graph, GeometricTensor input) {
        input.require(inType(), name());
        SameDiff sd = graph.sameDiff();
        int order = group.order();
        int inFields = inType().multiplicity();
        int outFields = outType().multiplicity();
        SDVariable free = graph.parameter(new ParameterSpec("weight", new long[] {outFields, inFields, order, k, k},
                (long) inFields * order * k * k, ParameterRole.WEIGHT));
        SDVariable bias = graph.parameter(new ParameterSpec("bias", new long[] {outFields}, 1, ParameterRole.BIAS));
        SDVariable bank = FilterBank.expandGroup(sd, free, FilterBank.groupExpansion(group, k, graph.dataType()),
                outFields, inFields, order, k);
        SDVariable biases = FilterBank.repeatPerField(sd, bias, outFields, order);
        SDVariable out = sd.cnn().conv2d(input.value(), bank, biases, FilterBank.convolution(k, padding, input.layout()));
        return input.sameLayout(out, outType());
    }

    @Override
    public String name() {
        return "groupconv";
    }

    @Override
    public String toString() {
        return "group conv " + group.group().name() + " " + inType().multiplicity() + "→" + outType().multiplicity() + " "
                + k + "×" + k + " " + padding;
    }
}
