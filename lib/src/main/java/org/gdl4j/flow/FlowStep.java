package org.gdl4j.flow;

import java.util.Objects;
import org.nd4j.autodiff.samediff.SDVariable;

/**
 * The result of applying a bijection {@code f} to a batch in a SameDiff graph: the transformed batch and the
 * log-absolute-determinant of the Jacobian of the map applied, per sample.
 *
 * <p>Shapes: {@code value} {@code [N, C', H', W']}; {@code logDet} {@code [N]}, equal to
 * {@code log|det ∂f(x)/∂x|} for a forward pass and {@code log|det ∂f⁻¹(y)/∂y| = −log|det ∂f/∂x|} at
 * {@code x = f⁻¹(y)} for an inverse pass.
 *
 * @param value the transformed batch
 * @param logDet the log-absolute-determinant per sample
 */
public record FlowStep(SDVariable value, SDVariable logDet) {

    /** Checks that both parts are present. */
    public FlowStep {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(logDet, "logDet");
    }
}
