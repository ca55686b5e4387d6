package org.gdl4j.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.PlanarSymmetry;
import org.gdl4j.rep.Representation;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The action of a finite group of planar symmetries on feature maps whose channels carry a representation:
 * {@code (g·x)[:, c] = Σ_c' ρ(g)[c, c'] · spatial_g(x[:, c'])}.
 *
 * <p>The {@code C} channels form {@code m} fields of size {@code d = dim ρ}, channel {@code c = f·d + i}
 * being component {@code i} of field {@code f}. The spatial part is an {@link ImageAction} (pixels permuted
 * for multiples of {@code 90°}, interpolated otherwise); the channel part mixes the components of each
 * field by {@code ρ(g)}, copying channels (bit-exact) when {@code ρ(g)} is a permutation matrix.
 *
 * <p><b>Regular fields.</b> For {@link #regular} the components of a field are indexed by the group
 * elements in the order of {@link FiniteGroup#elements()}, {@code c = f·|G| + i} for {@code h_i}, and
 * {@code (g·x)[f, i] = spatial_g(x[f, index(g⁻¹·h_i)])}: the regular representation
 * ({@code ρ(g) e_h = e_{g·h}}, {@link org.gdl4j.rep.Representations#regular}) composed with the image
 * action. This is the feature space of group convolutions (Cohen and Welling 2016) and the regular fields
 * of steerable CNNs (Weiler and Cesa 2019).
 *
 * <p>Shapes: input and output {@code [N, C, H, W]} with {@code C = m·d}, FLOAT or DOUBLE; the output keeps
 * the input's data type. Immutable; the action is pure.
 *
 * @param <E> the element type of the group
 */
public final class FieldAction<E extends PlanarSymmetry> implements ArrayAction<E> {

    private final String description;
    private final String sizeSymbol;
    private final int fields;
    private final int fieldSize;
    private final Function<E, ChannelMixing> mixing;
    private final ImageAction spatial;

    private FieldAction(String description, String sizeSymbol, int fields, int fieldSize,
            Function<E, ChannelMixing> mixing, ImageAction spatial) {
        this.description = description;
        this.sizeSymbol = sizeSymbol;
        this.fields = fields;
        this.fieldSize = fieldSize;
        this.mixing = mixing;
        this.spatial = spatial;
    }

    /**
     * Plain channels, each a trivial field: the image action alone, with the channel count checked.
     *
     * @param channels the number of channels {@code C ≥ 1}
     * @param <E>      the element type
     * @return the action on {@code [N, C, H, W]} that moves pixels and leaves channels in place
     * @throws IllegalArgumentException if {@code channels < 1}
     */
    public static <E extends PlanarSymmetry> FieldAction<E> trivial(int channels) {
        requirePositive(channels, "trivial fields");
        return new FieldAction<>(channels + " trivial fields", "", channels, 1, null,
                ImageAction.exactWherePossible());
    }

    /**
     * {@code fields} regular fields of {@code group}: {@code (g·x)[f, i] = spatial_g(x[f, index(g⁻¹·h_i)])}
     * with channel {@code c = f·|G| + i}.
     *
     * @param group  the finite group, acting on the plane
     * @param fields the number of fields {@code m ≥ 1}; the action expects {@code C = m·|G|}
     * @param <E>    the element type
     * @return the regular-field action
     * @throws IllegalArgumentException if {@code fields < 1}
     */
    public static <E extends PlanarSymmetry> FieldAction<E> regular(FiniteGroup<E> group, int fields) {
        Objects.requireNonNull(group, "group");
        requirePositive(fields, "regular fields");
        List<E> elements = group.elements();
        List<ChannelMixing> byElement = new ArrayList<>();
        for (E g : elements) {
            E inverse = group.inverse(g);
            int[] sources = elements.stream().mapToInt(h -> group.indexOf(group.compose(inverse, h))).toArray();
            byElement.add(ChannelMixing.permutation(sources));
        }
        return new FieldAction<>(fields + " regular fields of " + group.name(), "·|G|", fields, group.order(),
                g -> byElement.get(group.indexOf(g)), ImageAction.exactWherePossible());
    }

    /**
     * {@code fields} copies of the representation {@code ρ}: channel {@code c = f·d + i} is component
     * {@code i} of field {@code f}, and {@code ρ(g)} mixes the components of each field.
     *
     * @param representation the representation {@code ρ} of dimension {@code d}
     * @param fields         the number of fields {@code m ≥ 1}; the action expects {@code C = m·d}
     * @param <E>            the element type
     * @return the action {@code x ↦ (ρ(g) ⊗ spatial_g) x} on each field
     * @throws IllegalArgumentException if {@code fields < 1}
     */
    public static <E extends PlanarSymmetry> FieldAction<E> of(Representation<E> representation, int fields) {
        Objects.requireNonNull(representation, "representation");
        requirePositive(fields, "fields of " + representation.name());
        FiniteGroup<E> group = representation.group();
        List<ChannelMixing> byElement = group.elements().stream()
                .map(g -> ChannelMixing.of(representation.matrix(g))).toList();
        return new FieldAction<>(fields + " fields of " + representation, "·dim ρ", fields,
                representation.dimension(), g -> byElement.get(group.indexOf(g)), ImageAction.exactWherePossible());
    }

    private static void requirePositive(int fields, String what) {
        if (fields < 1) {
            throw new IllegalArgumentException("expected at least 1 field for " + what + " but got " + fields);
        }
    }

    /**
     * The same channel action with another spatial action, for example {@link ImageAction#bilinear()}.
     *
     * @param spatialAction the action on pixels
     * @return a copy that moves pixels by {@code spatialAction}
     */
    public FieldAction<E> withSpatialAction(ImageAction spatialAction) {
        Objects.requireNonNull(spatialAction, "spatialAction");
        return new FieldAction<>(description, sizeSymbol, fields, fieldSize, mixing, spatialAction);
    }

    /**
     * The number of fields {@code m}.
     *
     * @return {@code m}
     */
    public int fields() {
        return fields;
    }

    /**
     * The size {@code d} of one field, the dimension of its representation ({@code |G|} for regular fields).
     *
     * @return {@code d}
     */
    public int fieldSize() {
        return fieldSize;
    }

    /**
     * The number of channels {@code C = m·d} the action expects.
     *
     * @return {@code C}
     */
    public int channels() {
        return fields * fieldSize;
    }

    /**
     * Whether {@code g} moves pixels exactly on an {@code H×W} grid; see
     * {@link ImageAction#exactness(PlanarSymmetry, int, int)}. Channel mixing by {@code ρ(g)} is exact up to
     * rounding (bit-exact for permutation matrices).
     *
     * @param g      the element
     * @param height {@code H}
     * @param width  {@code W}
     * @return the exactness of the spatial part
     * @throws IllegalArgumentException as {@link ImageAction#exactness} does
     */
    public Exactness exactness(E g, int height, int width) {
        return spatial.exactness(g, height, width);
    }

    /**
     * The transformed feature maps {@code g·x}.
     *
     * <p>Shapes: {@code x [N, C, H, W]} with {@code C = m·d} (FLOAT or DOUBLE), result {@code [N, C, H, W]} of
     * the same data type; a fresh array, {@code x} is not modified.
     *
     * @param g the element
     * @param x the feature maps
     * @return {@code g·x}
     * @throws IllegalArgumentException if {@code x} is not a rank-4 FLOAT or DOUBLE array, has the wrong
     *                                  number of channels, or {@code g} is not an element of the group
     */
    @Override
    public INDArray apply(E g, INDArray x) {
        Objects.requireNonNull(g, "g");
        ImageArrays.requireImages(x);
        requireChannels(x.size(1));
        ChannelMixing channelMixing = mixing == null ? null : mixing.apply(g);
        INDArray moved = spatial.apply(g, x);
        return channelMixing == null ? moved : channelMixing.apply(moved);
    }

    private void requireChannels(long actual) {
        if (actual != channels()) {
            String product = sizeSymbol.isEmpty() ? "" : fields + sizeSymbol + " = ";
            throw new IllegalArgumentException("expected C = " + product + channels() + " channels but got "
                    + actual + " (" + description + ")");
        }
    }

    /**
     * A short description such as {@code "3 regular fields of C4"}.
     *
     * @return the fields this action acts on
     */
    @Override
    public String toString() {
        return description;
    }
}
