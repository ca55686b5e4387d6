package org.gdl4j.nn;

import java.util.Collections;
import java.util.Objects;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.GroupElement;
import org.gdl4j.group.Groups;
import org.gdl4j.rep.Representation;
import org.gdl4j.rep.Representations;

/**
 * The type of a feature map: the group acting on it and what its channels mean, {@code multiplicity}
 * fields of one {@link FieldKind}. For regular fields channel {@code c = field·|G| + i} belongs to field
 * {@code field} and to the {@code i}-th element of {@code group.elements()}.
 *
 * <p>Layers declare the types they accept and produce, as escnn's field types do (Weiler and Cesa,
 * "General E(2)-equivariant steerable CNNs", NeurIPS 2019), so a network rejects wrongly typed input at the
 * layer where it happens instead of computing nonsense.
 *
 * @param group the group acting on the feature map; the trivial group C1 for plain CNN channels
 * @param kind how the group acts on each field's channels
 * @param multiplicity the number of fields, at least 1
 */
public record FieldType(FiniteGroup<?> group, FieldKind kind, int multiplicity) {

    /** Validates the type. */
    public FieldType {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
        if (multiplicity < 1) {
            throw new IllegalArgumentException("a field type needs at least one field but got " + multiplicity);
        }
    }

    /**
     * Plain channels without any group: the type of an ordinary CNN's feature maps.
     *
     * @param channels the number of channels
     * @return {@code channels} trivial fields of the trivial group C1
     */
    public static FieldType plain(int channels) {
        return new FieldType(Groups.cyclic(1), FieldKind.TRIVIAL, channels);
    }

    /**
     * Scalar fields of a group: channels that the group moves in space only (images, invariant features).
     *
     * @param group the group
     * @param fields the number of fields (= channels)
     * @return the type
     */
    public static FieldType trivial(FiniteGroup<?> group, int fields) {
        return new FieldType(group, FieldKind.TRIVIAL, fields);
    }

    /**
     * Regular fields of a group, {@code |G|} channels each.
     *
     * @param group the group
     * @param fields the number of fields
     * @return the type
     */
    public static FieldType regular(FiniteGroup<?> group, int fields) {
        return new FieldType(group, FieldKind.REGULAR, fields);
    }

    /** @return the number of channels, {@code multiplicity · kind.dimension(group)} */
    public int size() {
        return multiplicity * kind.dimension(group);
    }

    /** @return the number of channels of one field: 1 or {@code |G|} */
    public int fieldSize() {
        return kind.dimension(group);
    }

    /**
     * The same kind of fields with another multiplicity.
     *
     * @param fields the new number of fields
     * @return the type
     */
    public FieldType withMultiplicity(int fields) {
        return new FieldType(group, kind, fields);
    }

    /**
     * The representation of the group on the channel axis: the direct sum of {@code multiplicity} copies of
     * the trivial or regular representation, in the channel order described above.
     *
     * @return a representation of dimension {@link #size()}
     */
    public Representation<? extends GroupElement> representation() {
        return channelRepresentation(group);
    }

    private <E extends GroupElement> Representation<E> channelRepresentation(FiniteGroup<E> g) {
        Representation<E> one = kind == FieldKind.REGULAR ? Representations.regular(g) : Representations.trivial(g);
        return Representations.directSum(Collections.nCopies(multiplicity, one));
    }

    /**
     * Checks that a tensor of this type has the expected channel count.
     *
     * @param channels the channel count found (axis 1 of {@code [N, C, …]})
     * @param where what is being checked, for the message
     * @throws IllegalArgumentException if {@code channels != size()}
     */
    public void requireChannels(long channels, String where) {
        if (channels != size()) {
            throw new IllegalArgumentException(where + ": expected " + size() + " channels (" + this
                    + ") but got " + channels);
        }
    }

    @Override
    public String toString() {
        return multiplicity + " " + kind.name().toLowerCase() + " field" + (multiplicity == 1 ? "" : "s")
                + " of " + group.name();
    }
}
