package org.gdl4j.flow;

import java.util.ArrayList;
import java.util.List;
import org.gdl4j.nn.NetworkGraph;
import org.gdl4j.nn.ParameterRole;
import org.gdl4j.nn.ParameterSpec;
import org.nd4j.autodiff.samediff.SDVariable;

/**
 * The conditioner of a coupling layer: 3×3 conv ({@code C → hidden}) – ReLU – one 3×3 conv per output head
 * ({@code hidden → C}), each head zero-initialised (weights and bias) so that the coupling starts as the
 * identity (Kingma and Dhariwal, NeurIPS 2018, §3.3). Filters are stored in YXIO layout
 * {@code [3, 3, C_in, C_out]}. Shapes: input {@code [N, C, H, W]}, each head {@code [N, C, H, W]}.
 */
final class CouplingNetwork implements CouplingConditioner {

    private static final int K = 3;

    private final SDVariable weight;
    private final SDVariable bias;
    private final List<SDVariable[]> heads;

    private CouplingNetwork(SDVariable weight, SDVariable bias, List<SDVariable[]> heads) {
        this.weight = weight;
        this.bias = bias;
        this.heads = heads;
    }

    /** Creates the parameters in the graph's current scope. */
    static CouplingNetwork create(NetworkGraph graph, int channels, int hidden, int headCount) {
        SDVariable w = graph.parameter(new ParameterSpec("hidden_weight", new long[] {K, K, channels, hidden},
                (long) K * K * channels, ParameterRole.WEIGHT));
        SDVariable b = graph.parameter(new ParameterSpec("hidden_bias", new long[] {hidden}, 1, ParameterRole.BIAS));
        List<SDVariable[]> heads = new ArrayList<>();
        for (int h = 0; h < headCount; h++) {
            SDVariable hw = graph.parameter(new ParameterSpec("head" + h + "_weight",
                    new long[] {K, K, hidden, channels}, (long) K * K * hidden, ParameterRole.SHIFT));
            SDVariable hb = graph.parameter(new ParameterSpec("head" + h + "_bias", new long[] {channels}, 1,
                    ParameterRole.SHIFT));
            heads.add(new SDVariable[] {hw, hb});
        }
        return new CouplingNetwork(w, b, heads);
    }

    @Override
    public List<SDVariable> apply(SDVariable input) {
        var cnn = input.getSameDiff().cnn();
        SDVariable hidden = input.getSameDiff().nn().relu(cnn.conv2d(input, weight, bias, FlowOps.convolution(K)), 0);
        List<SDVariable> outputs = new ArrayList<>();
        for (SDVariable[] head : heads) {
            outputs.add(cnn.conv2d(hidden, head[0], head[1], FlowOps.convolution(K)));
        }
        return outputs;
    }
}
