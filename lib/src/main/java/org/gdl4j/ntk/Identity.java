package org.gdl4j.ntk;

/** The identity layer: the kernel passes unchanged, as {@code stax.Identity}. */
public record Identity() implements KernelLayer {

    @Override
    public Kernel apply(Kernel in) {
        return in;
    }
}
