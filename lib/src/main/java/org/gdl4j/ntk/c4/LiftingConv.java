package org.gdl4j.ntk.c4;

import java.util.Objects;
import org.gdl4j.ntk.Conv;
import org.gdl4j.ntk.Initialization;
import org.gdl4j.ntk.Kernel;
import org.gdl4j.ntk.KernelLayer;
import org.gdl4j.ntk.LinearKernelMap;
import org.gdl4j.ntk.PairOperator;
import org.gdl4j.ntk.Padding;

/**
 * The C4 lifting convolution: a planar filter applied in its four rotations,
 * {@code f(t, r) = σ_w/√(C q²) Σ_y κ(y) · x(t + R^r y) + σ_b b}, mapping images to feature maps on
 * C4 ⋉ Z². Its kernel is
 * {@code K[(t, r), (t', r')] = σ_w²/q² Σ_y K⁰[t + R^r y, t' + R^{r'} y] + σ_b²} with fan-in {@code C q²}
 * (Misof, Kessel and Gerken, ICML 2025, Theorem 4.1), stored in the chosen {@link C4Form}.
 *
 * <p>Shapes: input kernel on a square {@link org.gdl4j.ntk.PlaneDomain} {@code (S, S)},
 * {@code [S², S²]}; output {@link C4OrbitDomain} {@code [4, S'², S'²]} or {@link C4BlockDomain}
 * {@code [4S'², 4S'²]}.
 *
 * @param width      output fields of the finite layer, {@code ≥ 1}
 * @param filterSize odd {@code q ≥ 1}
 * @param padding    SAME or VALID
 * @param init       scales and parameterisation
 * @param form       orbit (fast) or block (reference) storage
 */
public record LiftingConv(int width, int filterSize, Padding padding, Initialization init, C4Form form)
        implements KernelLayer {

    /**
     * Validates the arguments.
     *
     * @param width      output fields of the finite layer, {@code ≥ 1}
     * @param filterSize odd {@code q ≥ 1}
     * @param padding    SAME or VALID
     * @param init       scales and parameterisation
     * @param form       orbit (fast) or block (reference) storage
     * @throws IllegalArgumentException if {@code width < 1} or {@code q} is not odd and positive
     */
    public LiftingConv {
        Objects.requireNonNull(padding, "padding");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(form, "form");
        GroupConv.requireWidth(width);
        Conv.halfWidth(filterSize);
    }

    /**
     * Applies the lifting kernel map.
     *
     * @param in a kernel on a square plane
     * @return the kernel on C4 ⋉ Z² in {@link #form()}
     * @throws IllegalArgumentException if the input is not on a plane or the plane is not square
     */
    @Override
    public Kernel apply(Kernel in) {
        int side = C4Geometry.squareSide(in.domain(), "the C4 lifting convolution");
        PairOperator op = form == C4Form.ORBIT
                ? new OrbitOperator(side, filterSize, padding, true)
                : new BlockOperator(side, filterSize, padding, true);
        return LinearKernelMap.apply(in, op, init, filterSize * filterSize, width);
    }
}
