package org.gdl4j.group;

import java.util.List;
import java.util.stream.DoubleStream;

/**
 * The circle group SO(2) of all rotations of the plane, with elements {@link Rotation2D}.
 *
 * <p>The product adds angles modulo {@code 2π}. {@link #testingElements()} is a fixed sample: the quarter
 * turns and a few angles that are not rational multiples of {@code π}.
 */
public record SO2() implements Group<Rotation2D> {

    private static final List<Rotation2D> TESTING_ELEMENTS = DoubleStream
            .of(0.0, Math.PI / 2, Math.PI, 3 * Math.PI / 2, 0.3, 1.1, 2.7, 4.0, 5.9)
            .mapToObj(Rotation2D::new)
            .toList();

    @Override
    public String name() {
        return "SO(2)";
    }

    @Override
    public Rotation2D identity() {
        return new Rotation2D(0.0);
    }

    @Override
    public Rotation2D compose(Rotation2D a, Rotation2D b) {
        requireComposable(a, b);
        return a.compose(b);
    }

    @Override
    public Rotation2D inverse(Rotation2D g) {
        return requireElement(g).inverse();
    }

    /** {@inheritDoc} Every non-null {@link Rotation2D} is an element. */
    @Override
    public boolean contains(Rotation2D g) {
        return g != null;
    }

    /** {@inheritDoc} The angles 0, π/2, π, 3π/2, 0.3, 1.1, 2.7, 4.0 and 5.9. */
    @Override
    public List<Rotation2D> testingElements() {
        return TESTING_ELEMENTS;
    }

    /**
     * {@code count} equally spaced rotations {@code 2πj/count}, {@code j = 0 … count−1}, the identity first:
     * a grid on which to measure invariance under all of SO(2).
     *
     * @param count the number of angles, at least 1
     * @return the rotations
     * @throws IllegalArgumentException if {@code count < 1}
     */
    public List<Rotation2D> grid(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("expected at least one angle but got " + count);
        }
        return java.util.stream.IntStream.range(0, count).mapToObj(j -> new Rotation2D(2 * Math.PI * j / count))
                .toList();
    }
}
