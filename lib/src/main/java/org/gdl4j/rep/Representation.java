package org.gdl4j.rep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.GroupElement;

/**
 * A real representation {@code ρ: G → GL(d, ℝ)} of a finite group: one {@code d×d} matrix per element.
 *
 * <p>A representation is a group homomorphism, {@code ρ(g·h) = ρ(g)·ρ(h)} and {@code ρ(e) = I}; in a
 * network it says how the {@code d} channels of a feature field mix when the input is transformed by
 * {@code g}. The matrices are evaluated once for every element and stored in the element order of the group.
 * The constructor checks shapes only; the homomorphism laws are checked separately (a representation-law
 * check iterates over {@link FiniteGroup#testingElements()}). All representations built by this package are
 * orthogonal, {@code ρ(g⁻¹) = ρ(g)ᵀ}; {@link #changeBasis(Matrix)} with a non-orthogonal matrix gives a
 * representation that is not.
 *
 * <p>Immutable; {@code equals} compares the name, the group and every matrix exactly.
 *
 * @param <E> the element type of the group
 */
public final class Representation<E extends GroupElement> {

    private final String name;
    private final FiniteGroup<E> group;
    private final List<Matrix> images;

    private Representation(String name, FiniteGroup<E> group, List<Matrix> images) {
        this.name = name;
        this.group = group;
        this.images = List.copyOf(images);
    }

    /**
     * The representation {@code g ↦ map(g)}, evaluated on every element of {@code group}.
     *
     * @param name  a label for display, such as {@code "regular"}
     * @param group the finite group
     * @param map   the matrix of each element; all square of the same size
     * @param <E>   the element type
     * @return the representation
     * @throws IllegalArgumentException if a matrix is not square or the sizes differ between elements
     */
    public static <E extends GroupElement> Representation<E> of(String name, FiniteGroup<E> group,
            Function<? super E, Matrix> map) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(map, "map");
        List<Matrix> images = new ArrayList<>();
        for (E g : group.elements()) {
            images.add(Objects.requireNonNull(map.apply(g), () -> "no matrix for " + g));
        }
        requireSquareOfOneSize(name, group, images);
        return new Representation<>(name, group, images);
    }

    /**
     * The representation {@code g ↦ map(g)} given as arrays; see {@link #of(String, FiniteGroup, Function)}.
     *
     * @param name  a label for display
     * @param group the finite group
     * @param map   the matrix of each element as {@code [d][d]} arrays
     * @param <E>   the element type
     * @return the representation
     * @throws IllegalArgumentException if an array is not a square matrix of finite numbers, or sizes differ
     */
    public static <E extends GroupElement> Representation<E> fromArrays(String name, FiniteGroup<E> group,
            Function<? super E, double[][]> map) {
        return of(name, group, g -> Matrix.of(map.apply(g)));
    }

    private static <E extends GroupElement> void requireSquareOfOneSize(String name, FiniteGroup<E> group,
            List<Matrix> images) {
        int dimension = images.get(0).rows();
        for (int i = 0; i < images.size(); i++) {
            Matrix m = images.get(i);
            if (!m.isSquare() || m.rows() != dimension) {
                throw new IllegalArgumentException("representation " + name + " of " + group.name()
                        + " needs " + dimension + "x" + dimension + " matrices but " + group.element(i)
                        + " has " + m.shape());
            }
        }
    }

    /**
     * The label given at construction.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The group being represented.
     *
     * @return the group
     */
    public FiniteGroup<E> group() {
        return group;
    }

    /**
     * The dimension {@code d} of the representation space.
     *
     * @return the size of every matrix
     */
    public int dimension() {
        return images.get(0).rows();
    }

    /**
     * The matrix {@code ρ(g)}.
     *
     * @param g an element of the group
     * @return the {@code d×d} matrix
     * @throws IllegalArgumentException if {@code g} is not an element of the group
     */
    public Matrix matrix(E g) {
        return images.get(group.indexOf(g));
    }

    /**
     * The character {@code χ(g) = tr ρ(g)}.
     *
     * @param g an element of the group
     * @return the trace of {@code ρ(g)}
     * @throws IllegalArgumentException if {@code g} is not an element of the group
     */
    public double character(E g) {
        return matrix(g).trace();
    }

    /**
     * The character on every element, in the element order of the group.
     *
     * <p>Shape {@code [|G|]}; a fresh array on every call.
     *
     * @return {@code χ(g_i)} for {@code i = 0 … |G|−1}
     */
    public double[] characters() {
        return images.stream().mapToDouble(Matrix::trace).toArray();
    }

    /**
     * The direct sum {@code ρ ⊕ σ}: block-diagonal matrices with {@code ρ(g)} first.
     *
     * @param other a representation of the same group
     * @return {@code g ↦ diag(ρ(g), σ(g))}, of dimension {@code dim ρ + dim σ}
     * @throws IllegalArgumentException if the groups differ
     */
    public Representation<E> directSum(Representation<E> other) {
        requireSameGroup(other);
        List<Matrix> sum = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            sum.add(images.get(i).directSum(other.images.get(i)));
        }
        return new Representation<>(name + " + " + other.name, group, sum);
    }

    /**
     * The equivalent representation {@code g ↦ Q ρ(g) Q⁻¹} in the basis given by {@code Q}.
     *
     * @param basisChange an invertible {@code d×d} matrix {@code Q}
     * @return the representation in the new basis; orthogonal when {@code Q} is
     * @throws IllegalArgumentException if {@code Q} has the wrong size or is singular
     */
    public Representation<E> changeBasis(Matrix basisChange) {
        if (!basisChange.isSquare() || basisChange.rows() != dimension()) {
            throw new IllegalArgumentException("change of basis for a representation of dimension "
                    + dimension() + " needs a " + dimension() + "x" + dimension() + " matrix but got "
                    + basisChange.shape());
        }
        Matrix inverse = basisChange.inverse();
        List<Matrix> changed = images.stream().map(m -> basisChange.multiply(m).multiply(inverse)).toList();
        return new Representation<>(name, group, changed);
    }

    void requireSameGroup(Representation<?> other) {
        if (!group.equals(other.group)) {
            throw new IllegalArgumentException("expected representations of " + group.name()
                    + " but got one of " + other.group.name());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Representation<?> r && name.equals(r.name) && group.equals(r.group)
                && images.equals(r.images);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, group, images);
    }

    /**
     * A short description such as {@code regular of C4 (dimension 4)}.
     *
     * @return the name, group and dimension
     */
    @Override
    public String toString() {
        return name + " of " + group.name() + " (dimension " + dimension() + ")";
    }
}
