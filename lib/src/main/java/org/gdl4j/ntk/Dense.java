package org.gdl4j.ntk;

import java.util.Objects;

/**
 * A dense layer over channels, applied at every position (a 1×1 convolution on feature maps), as
 * neural-tangents' {@code stax.Dense}: {@code K' = σ_w² K + σ_b²}, fan-in {@code C_in}, NTK by
 * {@link Initialization}.
 *
 * <p>Shapes: any domain, unchanged; typically the readout after pooling, {@code [1] → [1]}.
 *
 * @param width output channels of the finite layer, {@code ≥ 1}
 * @param init  scales and parameterisation
 */
public record Dense(int width, Initialization init) implements KernelLayer {

    /**
     * Validates the arguments.
     *
     * @param width output channels of the finite layer, {@code ≥ 1}
     * @param init  scales and parameterisation
     * @throws IllegalArgumentException if {@code width < 1}
     */
    public Dense {
        Objects.requireNonNull(init, "init");
        Conv.requireWidth(width);
    }

    @Override
    public Kernel apply(Kernel in) {
        KernelDomain domain = in.domain();
        PairOperator identity = new PairOperator() {
            @Override
            public KernelDomain outputDomain() {
                return domain;
            }

            @Override
            public double[] pair(double[] pair) {
                return pair.clone();
            }

            @Override
            public double[] variances(double[] variances) {
                return variances.clone();
            }
        };
        return LinearKernelMap.apply(in, identity, init, 1, width);
    }
}
