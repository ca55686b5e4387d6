package org.gdl4j.nn;

import java.util.Objects;
import org.nd4j.autodiff.samediff.SDVariable;

/**
 * A fully connected layer {@code y = W x + b} on feature vectors.
 *
 * <p>Shapes: input {@code [N, C_in]}, weight {@code [C_in, C_out]}, bias {@code [C_out]}, output
 * {@code [N, C_out]}. It mixes all channels, so it is equivariant only between trivial fields (invariant
 * features): regular input fields are rejected; pool over the group first.
 */
public final class Dense extends TypedLayer {

    /**
     * Creates the layer.
     *
     * @param inType trivial fields, {@code C_in} of them
     * @param outputs {@code C_out}, the number of outputs
     * @throws IllegalArgumentException if the input fields are not trivial or {@code outputs < 1}
     */
    public Dense(FieldType inType, int outputs) {
        super(requireTrivial(inType), inType.withMultiplicity(outputs));
    }

    private static FieldType requireTrivial(FieldType inType) {
        if (Objects.requireNonNull(inType, "inType").kind() != FieldKind.TRIVIAL) {
            throw new IllegalArgumentException("a dense layer expects trivial (invariant) fields but got " + inType
                    + "; pool over the group axis first");
        }
        return inType;
    }

    @Override
    public GeometricTensor define(NetworkGraph graph, GeometricTensor input) {
        input.require(inType(), name());
        long in = inType().size();
        long out = outType().size();
        SDVariable weight = graph.parameter(new ParameterSpec("weight", new long[] {in, out}, in, ParameterRole.WEIGHT));
        SDVariable bias = graph.parameter(new ParameterSpec("bias", new long[] {out}, 1, ParameterRole.BIAS));
        return new GeometricTensor(input.value().mmul(weight).add(bias), outType());
    }

    @Override
    public String name() {
        return "dense";
    }

    @Override
    public String toString() {
        return "dense(" + inType().size() + " → " + outType().size() + ")";
    }
}
