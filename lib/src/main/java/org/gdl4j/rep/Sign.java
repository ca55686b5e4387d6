package org.gdl4j.rep;

/**
 * A sign ±1: the value of a one-dimensional representation on a generator.
 */
public enum Sign {
    /** The value +1. */
    PLUS(1),
    /** The value −1. */
    MINUS(-1);

    private final int value;

    Sign(int value) {
        this.value = value;
    }

    /**
     * The sign as a number.
     *
     * @return +1 or −1
     */
    public int value() {
        return value;
    }

    /**
     * The sign raised to a non-negative power.
     *
     * @param exponent a non-negative exponent
     * @return {@code value()^exponent}, +1 or −1
     */
    public int power(int exponent) {
        return this == PLUS || exponent % 2 == 0 ? 1 : -1;
    }
}
