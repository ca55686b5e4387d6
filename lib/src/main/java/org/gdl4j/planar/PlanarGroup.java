package org.gdl4j.planar;

import java.util.List;
import java.util.Objects;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.PlanarSymmetry;

/**
 * A finite group of planar symmetries (C_n or D_n) seen through what the planar layers need: its elements in
 * their fixed order and the index of {@code g⁻¹h}.
 *
 * @param group the group
 * @param <E> its element type
 */
record PlanarGroup<E extends PlanarSymmetry>(FiniteGroup<E> group) {

    PlanarGroup {
        Objects.requireNonNull(group, "group");
    }

    /** Wraps a field type's group, which must consist of planar symmetries. */
    @SuppressWarnings("unchecked")
    static PlanarGroup<?> of(FiniteGroup<?> group) {
        Objects.requireNonNull(group, "group");
        if (!(group.identity() instanceof PlanarSymmetry)) {
            throw new IllegalArgumentException("planar layers need a group of planar symmetries (C_n or D_n) but got "
                    + group.name());
        }
        return new PlanarGroup<>((FiniteGroup<PlanarSymmetry>) group);
    }

    int order() {
        return group.order();
    }

    List<E> elements() {
        return group.elements();
    }

    /** The index of {@code g_a⁻¹ · g_b} in the element order. */
    int quotientIndex(int a, int b) {
        return group.indexOf(group.compose(group.inverse(group.element(a)), group.element(b)));
    }
}
