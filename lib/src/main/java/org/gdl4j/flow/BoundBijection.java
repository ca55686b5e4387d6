package org.gdl4j.flow;

import java.util.List;
import org.nd4j.autodiff.samediff.SDVariable;

/**
 * A {@link Bijection} whose parameters exist in a graph: adds forward ({@code y = f(x)}) and inverse
 * ({@code x = f⁻¹(y)}) passes that share those parameters. Each call adds new operations, so a flow can run
 * forward on data and inverse on latents in the same graph.
 *
 * <p>Shapes: {@code x} is {@code [N, inShape()]} and {@code y} is {@code [N, outShape()]} of the bijection;
 * the log-determinants are {@code [N]}.
 */
public interface BoundBijection {

    /**
     * Adds the forward pass.
     *
     * @param x {@code [N, C, H, W]} with {@code [C, H, W] = inShape()}
     * @return {@code f(x)} and {@code log|det ∂f/∂x|}
     * @throws IllegalArgumentException if the known shape of {@code x} is not {@code [N, inShape()]}
     */
    FlowStep forward(SDVariable x);

    /**
     * Adds the inverse pass.
     *
     * @param y {@code [N, C', H', W']} with {@code [C', H', W'] = outShape()}
     * @return {@code f⁻¹(y)} and {@code log|det ∂f⁻¹/∂y| = −log|det ∂f/∂x|} at {@code x = f⁻¹(y)}
     * @throws IllegalArgumentException if the known shape of {@code y} is not {@code [N, outShape()]}
     */
    FlowStep inverse(SDVariable y);

    /**
     * The parts that initialise their parameters from data (ActNorm), in the order of the forward pass.
     *
     * @return the parts, empty for most bijections
     */
    default List<DataInitialized> dataInitialized() {
        return List.of();
    }
}
