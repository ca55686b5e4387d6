package org.gdl4j.nn;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/** Pointwise nonlinearities; applied channel by channel they commute with permutations of channels. */
public enum Nonlinearity {
    /** {@code max(0, x)}. */
    RELU,
    /** {@code tanh(x)}. */
    TANH,
    /** The error function, whose infinite-width kernel has a closed form. */
    ERF,
    /** The identity. */
    IDENTITY;

    /**
     * Applies the nonlinearity.
     *
     * @param sd the graph
     * @param x any shape
     * @return the same shape
     */
    public SDVariable apply(SameDiff sd, SDVariable x) {
        return switch (this) {
            case RELU -> sd.nn().relu(x, 0.0);
            case TANH -> sd.math().tanh(x);
            case ERF -> sd.math().erf(x);
            case IDENTITY -> x;
        };
    }
}
