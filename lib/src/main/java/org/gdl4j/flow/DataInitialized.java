package org.gdl4j.flow;

import java.util.function.Function;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A bound bijection whose parameters are set from a first batch of data before training (data-dependent
 * initialisation, Kingma and Dhariwal, NeurIPS 2018, §3.1), such as ActNorm. {@link Flow#initialize} calls
 * the parts in forward order, so each sees the output of the already initialised parts before it.
 */
public interface DataInitialized {

    /**
     * Sets the parameters from the batch that reaches this part.
     *
     * @param evaluate evaluates a graph variable on the initialisation batch, e.g. this part's input
     *     {@code [N, C, H, W]}
     * @throws IllegalStateException if the forward pass was never added to the graph
     */
    void initialize(Function<SDVariable, INDArray> evaluate);
}
