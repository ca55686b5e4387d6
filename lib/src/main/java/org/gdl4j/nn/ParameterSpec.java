package org.gdl4j.nn;

import java.util.Arrays;
import java.util.Objects;

/**
 * A trainable parameter a layer asks for: its name within the layer, shape, fan-in and role.
 *
 * @param name the name within the layer, e.g. {@code "weight"}
 * @param shape the shape of the stored array
 * @param fanIn inputs per output unit ({@code C_in·k²} for a convolution), used by {@link ParameterRole#WEIGHT}
 * @param role how it is initialised and scaled
 */
public record ParameterSpec(String name, long[] shape, long fanIn, ParameterRole role) {

    /** Validates the specification. */
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        shape = shape.clone();
        if (shape.length == 0 || Arrays.stream(shape).anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("parameter '" + name + "' needs positive dimensions but got "
                    + Arrays.toString(shape));
        }
        if (fanIn < 1) {
            throw new IllegalArgumentException("parameter '" + name + "' needs a positive fan-in but got " + fanIn);
        }
    }

    /** @return a copy of the shape */
    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** @return the number of scalars */
    public long length() {
        return Arrays.stream(shape).reduce(1, Math::multiplyExact);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSpec p && name.equals(p.name) && Arrays.equals(shape, p.shape)
                && fanIn == p.fanIn && role == p.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(shape), fanIn, role);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape) + " (" + role.name().toLowerCase() + ", fan-in " + fanIn + ")";
    }
}
