package org.gdl4j.flow;

import java.util.ArrayList;
import java.util.List;
import org.gdl4j.nn.NetworkGraph;
import org.gdl4j.nn.ParameterRole;
import org.gdl4j.nn.ParameterSpec;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The {@link Conditioner#DENSE} conditioner of a coupling layer: flatten ({@code D = C·H·W}) – dense
 * {@code D → hidden} – ReLU – one dense {@code hidden → D} layer per head, reshaped back to the image; each head
 * zero-initialised so that the coupling starts as the identity. Shapes: input {@code [N, C, H, W]}, each head
 * {@code [N, C, H, W]}; weights {@code [D, hidden]} and {@code [hidden, D]}.
 */
final class DenseCouplingNetwork implements CouplingConditioner {

    private final ImageShape shape;
    private final SDVariable weight;
    private final SDVariable bias;
    private final List<SDVariable[]> heads;

    private DenseCouplingNetwork(ImageShape shape, SDVariable weight, SDVariable bias, List<SDVariable[]> heads) {
        this.shape = shape;
        this.weight = weight;
        this.bias = bias;
        this.heads = heads;
    }

    /** Creates the parameters in the graph's current scope. */
    static DenseCouplingNetwork create(NetworkGraph graph, ImageShape shape, int hidden, int headCount) {
        long d = shape.dimension();
        SDVariable w = graph.parameter(new ParameterSpec("hidden_weight", new long[] {d, hidden}, d,
                ParameterRole.WEIGHT));
        SDVariable b = graph.parameter(new ParameterSpec("hidden_bias", new long[] {hidden}, 1, ParameterRole.BIAS));
        List<SDVariable[]> heads = new ArrayList<>();
        for (int h = 0; h < headCount; h++) {
            SDVariable hw = graph.parameter(new ParameterSpec("head" + h + "_weight", new long[] {hidden, d}, hidden,
                    ParameterRole.SHIFT));
            SDVariable hb = graph.parameter(new ParameterSpec("head" + h + "_bias", new long[] {d}, 1,
                    ParameterRole.SHIFT));
            heads.add(new SDVariable[] {hw, hb});
        }
        return new DenseCouplingNetwork(shape, w, b, heads);
    }

    @Override
    public List<SDVariable> apply(SDVariable input) {
        SameDiff sd = input.getSameDiff();
        SDVariable batch = input.shape().get(SDIndex.interval(0, 1));
        SDVariable flat = input.reshape(sd.concat(0, batch, sd.constant(Nd4j.createFromArray((long) shape.dimension()))));
        SDVariable hidden = sd.nn().relu(flat.mmul(weight).add(bias), 0);
        SDVariable imageShape = sd.concat(0, batch, sd.constant(Nd4j.createFromArray(
                (long) shape.channels(), (long) shape.height(), (long) shape.width())));
        List<SDVariable> outputs = new ArrayList<>();
        for (SDVariable[] head : heads) {
            outputs.add(hidden.mmul(head[0]).add(head[1]).reshape(imageShape));
        }
        return outputs;
    }
}
