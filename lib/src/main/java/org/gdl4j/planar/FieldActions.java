package org.gdl4j.planar;

import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.PlanarSymmetry;
import org.gdl4j.grid.ArrayAction;
import org.gdl4j.grid.FieldAction;
import org.gdl4j.grid.ImageAction;
import org.gdl4j.nn.FieldKind;
import org.gdl4j.nn.FieldType;

/** The group action on planar feature maps of a given {@link FieldType}, for checks and augmentation. */
public final class FieldActions {

    private FieldActions() {
    }

    /**
     * How the type's group acts on {@code [N, type.size(), H, W]} maps: space moved by the image action, channels
     * permuted by the regular representation for regular fields. Quarter turns and reflections are exact pixel
     * permutations on square maps; other angles are interpolated bilinearly.
     *
     * @param type the field type (its group must consist of planar symmetries)
     * @return the action
     */
    public static ArrayAction<PlanarSymmetry> of(FieldType type) {
        PlanarGroup<?> group = PlanarGroup.of(type.group());
        return regularOrTrivial(group.group(), type);
    }

    /**
     * How planar symmetries act on images {@code [N, C, H, W]}: the spatial action alone, exact where possible.
     *
     * @return the image action
     */
    public static ArrayAction<PlanarSymmetry> onImages() {
        ImageAction images = ImageAction.exactWherePossible();
        return images::apply;
    }

    @SuppressWarnings("unchecked")
    private static <E extends PlanarSymmetry> ArrayAction<PlanarSymmetry> regularOrTrivial(FiniteGroup<E> group,
                                                                                          FieldType type) {
        FieldAction<E> action = type.kind() == FieldKind.REGULAR
                ? FieldAction.regular(group, type.multiplicity())
                : FieldAction.trivial(type.size());
        return (g, x) -> action.apply((E) group.requireElement((E) g), x);
    }
}
