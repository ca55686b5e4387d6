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
public final class Dense implements Layer {

    private final FieldType inType;
    private final FieldType outType;

    /**
     * Creates the layer.
     *
     * @param inType trivial fields, {@code C_in} of them
     * @param outputs {@code C_out}, the number of outputs
     * @throws IllegalArgumentException if the input fields are not trivial or {@code outputs < 1}
     */
    public Dense(FieldType inType, int outputs) {
        this.inType = Objects.requireNonNull(inType, "inType");
        if (inType.kind() != FieldKind.TRIVIAL) {
            throw new IllegalArgumentException("a dense layer expects trivial (invariant) fields but got " + inType
                    + "; pool over the group axis first");
        }
        this.outType = inType.withMultiplicity(outputs);
    }

    @Override
    public FieldType inType() {
        return inType;
    }

    @Override
    public FieldType outType() {
        return outType;
    }

    @Override
    public GeometricTensor define(NetworkGraph graph, GeometricTensor input) {
        input.require(inType, name());
        long in = inType.size();
        long out = outType.size();
        SDVariable weight = graph.parameter(new ParameterSpec("weight", new long[] {in, out}, in, ParameterRole.WEIGHT));
        SDVariable bias = graph.parameter(new ParameterSpec("bias", new long[] {out}, 1, ParameterRole.BIAS));
        return new GeometricTensor(input.value().mmul(weight).add(bias), outType);
    }

    @Override
    public String name() {
        return "dense";
    }

    @Override
    public String toString() {
        return "dense(" + inType.size() + " → " + outType.size() + ")";
    }
}
