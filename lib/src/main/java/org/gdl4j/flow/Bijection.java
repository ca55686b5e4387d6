package org.gdl4j.flow;

import org.gdl4j.nn.NetworkGraph;

/**
 * A description of an invertible, differentiable map between image batches with a tractable Jacobian
 * determinant, the building block of a normalizing flow (Dinh, Sohl-Dickstein and Bengio, "Density
 * estimation using Real NVP", ICLR 2017; Kingma and Dhariwal, "Glow: Generative flow with invertible 1×1
 * convolutions", NeurIPS 2018).
 *
 * <p>Lifecycle, as for {@link org.gdl4j.nn.Layer}: construct with the sizes (immutable);
 * {@link #bind(NetworkGraph)} then creates the parameters once, drawn from the graph's seed, and returns a
 * {@link BoundBijection} whose forward and inverse passes share them, so a trained flow encodes
 * ({@code x → z}) and decodes ({@code z → x}) differentiably in one graph.
 *
 * <p>Shapes: input {@code [N, inShape()]}, output {@code [N, outShape()]}, both of dimension {@code D}.
 * {@link #toString()} describes the architecture; saved flows are checked against it.
 */
public interface Bijection {

    /** @return the shape {@code [C, H, W]} of one input image */
    ImageShape inShape();

    /** @return the shape of one output image, of the same dimension {@code D} */
    ImageShape outShape();

    /**
     * Creates this bijection's parameters in the graph, inside the caller's current scope.
     *
     * @param graph the graph under construction
     * @return the bijection with its parameters, ready to add forward and inverse passes
     */
    BoundBijection bind(NetworkGraph graph);

    /** @return a short name used in graph scopes, e.g. {@code "actnorm"} */
    default String name() {
        return getClass().getSimpleName().toLowerCase();
    }
}
