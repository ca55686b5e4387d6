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
 * The C4 group convolution on feature maps over C4 ⋉ Z², with a filter on {@code {−h..h}² × C4}:
 * {@code f'(t, r) = σ_w/√(4 C q²) Σ_{y, s} κ(y, s) · φ(f)(t + R^r y, r + s) + σ_b b}. Its kernel is
 * {@code K' = σ_w² A(C) + σ_b²} with the group averaging operator {@code A} and fan-in {@code 4 C q²}
 * (Misof, Kessel and Gerken, ICML 2025, Theorem 4.1). The stored form of the input is kept.
 *
 * <p>Shapes: {@link C4OrbitDomain} {@code [4, S², S²] → [4, S'², S'²]} or {@link C4BlockDomain}
 * {@code [4S², 4S²] → [4S'², 4S'²]}.
 *
 * @param width      output fields of the finite layer, {@code ≥ 1}
 * @param filterSize odd {@code q ≥ 1}
 * @param padding    SAME or VALID
 * @param init       scales and parameterisation
 */
public record GroupConv(int width, int filterSize, Padding padding, Initialization init) implements KernelLayer {

    /**
     * Validates the arguments.
     *
     * @param width      output fields of the finite layer, {@code ≥ 1}
     * @param filterSize odd {@code q ≥ 1}
     * @param padding    SAME or VALID
     * @param init       scales and parameterisation
     * @throws IllegalArgumentException if {@code width < 1} or {@code q} is not odd and positive
     */
    public GroupConv {
        Objects.requireNonNull(padding, "padding");
        Objects.requireNonNull(init, "init");
        requireWidth(width);
        Conv.halfWidth(filterSize);
    }

    static void requireWidth(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("expected a layer width ≥ 1 but got " + width);
        }
    }

    /**
     * Applies the group convolution kernel map.
     *
     * @param in a kernel on C4 ⋉ Z² in either form
     * @return the kernel after the layer, in the same form
     * @throws IllegalArgumentException if the input is not a C4 kernel
     */
    @Override
    public Kernel apply(Kernel in) {
        PairOperator op;
        if (in.domain() instanceof C4OrbitDomain orbit) {
            op = new OrbitOperator(orbit.size(), filterSize, padding, false);
        } else if (in.domain() instanceof C4BlockDomain block) {
            op = new BlockOperator(block.size(), filterSize, padding, false);
        } else {
            throw new IllegalArgumentException("expected a kernel on C4 ⋉ Z² for the C4 group convolution (apply "
                    + "a LiftingConv first) but got " + in.domain());
        }
        return LinearKernelMap.apply(in, op, init, C4Geometry.ORDER * filterSize * filterSize, width);
    }
}
