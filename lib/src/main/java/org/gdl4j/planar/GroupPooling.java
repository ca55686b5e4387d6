package org.gdl4j.planar;

import java.util.Objects;
import org.gdl4j.nn.FieldKind;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.GeometricTensor;
import org.gdl4j.nn.TypedLayer;
import org.gdl4j.nn.NetworkGraph;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Pooling over the group axis: each regular field's {@code |G|} channels become one channel, their maximum or
 * mean. The regular representation only permutes those channels, so the result is a trivial (scalar) field:
 * the group now moves it in space only.
 *
 * <p>Shapes: input {@code [N, F·|G|, H, W]}, output {@code [N, F, H, W]}.
 * Channels-last input ({@link org.gdl4j.nn.Layout#CHANNELS_LAST}) gives channels-last output: the same
 * axes with the channel axis last.
 */
public final class GroupPooling extends TypedLayer {

    private final PoolingKind kind;

    /**
     * Creates the layer.
     *
     * @param inType regular fields
     * @param kind maximum or mean over the group axis
     * @throws IllegalArgumentException for trivial input fields
     */
    public GroupPooling(FieldType inType, PoolingKind kind) {
        super(requireRegular(inType), FieldType.trivial(inType.group(), inType.multiplicity()));
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    private static FieldType requireRegular(FieldType inType) {
        if (Objects.requireNonNull(inType, "inType").kind() != FieldKind.REGULAR) {
            throw new IllegalArgumentException("group pooling expects regular fields but got " + inType);
        }
        return inType;
    }

    @Override
    public GeometricTensor define(NetworkGraph graph, GeometricTensor input) {
        input.require(inType(), name());
        SameDiff sd = graph.sameDiff();
        SDVariable split = FieldAxes.split(sd, input, inType().multiplicity(), inType().fieldSize());
        int groupAxis = FieldAxes.groupAxis(input.layout());
        SDVariable pooled = switch (kind) {
            case MAX -> split.max(groupAxis);
            case MEAN -> split.mean(groupAxis);
        };
        return input.sameLayout(pooled, outType());
    }

    @Override
    public String name() {
        return "grouppool";
    }

    @Override
    public String toString() {
        return "group " + kind.name().toLowerCase() + " pool(" + inType() + ")";
    }
}
