package org.gdl4j.flow;

/**
 * The network inside a coupling layer that computes scale and shift from the kept coordinates.
 */
public enum Conditioner {

    /** 3×3 convolution to the hidden width, ReLU, one 3×3 convolution per head (RealNVP, Glow). */
    CONVOLUTIONAL,

    /**
     * Dense layers on the flattened image: {@code D → hidden}, ReLU, one {@code hidden → D} layer per head.
     * Not local, with {@code D·hidden} weights per layer, but made of matrix products, which ND4J's default
     * CPU natives run far faster than small convolutions (the small-scale advice of Dombrowski et al.'s
     * reproduction brief for flattened 14×14 images).
     */
    DENSE
}
