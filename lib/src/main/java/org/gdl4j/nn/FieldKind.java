package org.gdl4j.nn;

import org.gdl4j.group.FiniteGroup;

/**
 * How a group acts on the channels of one field of a feature map.
 *
 * <p>A field of kind {@link #TRIVIAL} is one channel that the group only moves in space (a scalar field);
 * a field of kind {@link #REGULAR} is {@code |G|} channels, one per group element, that the group also
 * permutes like the regular representation (Cohen and Welling, "Group equivariant convolutional
 * networks", ICML 2016).
 */
public enum FieldKind {
    /** One channel, transformed only spatially. */
    TRIVIAL,
    /** {@code |G|} channels, permuted by the regular representation. */
    REGULAR;

    /**
     * The number of channels one field of this kind occupies.
     *
     * @param group the group acting on the field
     * @return 1 for trivial fields, {@code |G|} for regular ones
     */
    public int dimension(FiniteGroup<?> group) {
        return switch (this) {
            case TRIVIAL -> 1;
            case REGULAR -> group.order();
        };
    }
}
