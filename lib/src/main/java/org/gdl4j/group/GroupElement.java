package org.gdl4j.group;

/**
 * An element of a {@link Group}: an immutable value.
 *
 * <p>Implementations are records. Two elements are {@code equals} exactly when they are the same element of
 * the same group, so elements can be map keys and set members. An element knows which group it belongs to
 * (for example {@code r^1} of C4 is different from {@code r^1} of C6), and groups reject elements of other
 * groups with an {@link IllegalArgumentException}.
 *
 * <p>Elements of continuous groups ({@link Rotation2D}, {@link Rotation3D}) are stored in a canonical form
 * with double coordinates; two computations of the same rotation may differ by rounding, so compare them with
 * a tolerance ({@link Rotation3D#distanceTo(Rotation3D)}) rather than with {@code equals}.
 */
public interface GroupElement {
}
