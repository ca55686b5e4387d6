package org.gdl4j.ntk;

import java.util.Objects;

/**
 * A stride-1 convolution with a {@code q×q} filter, as neural-tangents' {@code stax.Conv}: kernels on a
 * plane map by {@code K' = σ_w² A_q(K) + σ_b²} and the NTK recursion of {@link Initialization}, with fan-in
 * {@code C_in·q²}. See {@link PlaneConvOperator} for {@code A_q} and the border.
 *
 * <p>Shapes: input kernel on {@link PlaneDomain}{@code (H, W)}, {@code [H·W, H·W]}; output on
 * {@code (H', W')} with {@code H' = H} (SAME) or {@code H − q + 1} (VALID).
 *
 * @param width      output channels of the finite layer, {@code ≥ 1}
 * @param filterSize odd {@code q ≥ 1}
 * @param padding    SAME or VALID
 * @param init       scales and parameterisation
 */
public record Conv(int width, int filterSize, Padding padding, Initialization init) implements KernelLayer {

    /**
     * Validates the arguments.
     *
     * @param width      output channels of the finite layer, {@code ≥ 1}
     * @param filterSize odd {@code q ≥ 1}
     * @param padding    SAME or VALID
     * @param init       scales and parameterisation
     * @throws IllegalArgumentException if {@code width < 1} or {@code q} is not odd and positive
     */
    public Conv {
        Objects.requireNonNull(padding, "padding");
        Objects.requireNonNull(init, "init");
        requireWidth(width);
        halfWidth(filterSize);
    }

    /**
     * The half-width {@code h} of an odd filter {@code q = 2h + 1}.
     *
     * @param filterSize {@code q}
     * @return {@code (q − 1)/2}
     * @throws IllegalArgumentException if {@code q} is even or below 1
     */
    public static int halfWidth(int filterSize) {
        if (filterSize < 1 || filterSize % 2 == 0) {
            throw new IllegalArgumentException("expected an odd filter size ≥ 1 but got " + filterSize);
        }
        return (filterSize - 1) / 2;
    }

    /**
     * Checks an output width.
     *
     * @param width channels
     * @throws IllegalArgumentException if {@code width < 1}
     */
    static void requireWidth(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("expected a layer width ≥ 1 but got " + width);
        }
    }

    @Override
    public Kernel apply(Kernel in) {
        if (!(in.domain() instanceof PlaneDomain plane)) {
            throw new IllegalArgumentException("expected a kernel on a plane for Conv but got " + in.domain());
        }
        PairOperator op = new PlaneConvOperator(plane, filterSize, padding);
        return LinearKernelMap.apply(in, op, init, filterSize * filterSize, width);
    }
}
