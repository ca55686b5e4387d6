package org.gdl4j.flow;

import java.util.List;
import org.gdl4j.nn.NetworkGraph;
import org.nd4j.autodiff.samediff.SDVariable;

/** A coupling layer's conditioner bound in a graph: the kept image in, one {@code [N, C, H, W]} array per head out. */
interface CouplingConditioner {

    /**
     * Adds the network on {@code input}.
     *
     * @param input the masked image {@code [N, C, H, W]}
     * @return one output per head, each {@code [N, C, H, W]}
     */
    List<SDVariable> apply(SDVariable input);

    /** Creates the parameters of a conditioner of the given kind in the graph's current scope. */
    static CouplingConditioner create(Conditioner kind, NetworkGraph graph, ImageShape shape, int hidden, int heads) {
        return kind == Conditioner.DENSE ? DenseCouplingNetwork.create(graph, shape, hidden, heads)
                : CouplingNetwork.create(graph, shape.channels(), hidden, heads);
    }
}
