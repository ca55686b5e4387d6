package org.gdl4j.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The rotation group SO(3) of 3-space, with elements {@link Rotation3D}.
 *
 * <p>{@link #testingElements()} is a fixed sample: the identity, quarter turns about the three axes, a half
 * turn about {@code (1, 1, 0)/√2}, the two gimbal cases of the ZYZ Euler angles and eight Haar-random
 * rotations from a fixed seed.
 */
public record SO3() implements Group<Rotation3D> {

    /** The seed of the random part of {@link #testingElements()}. */
    public static final long TESTING_SEED = 20230713L;

    private static final List<Rotation3D> TESTING_ELEMENTS = buildTestingElements();

    private static List<Rotation3D> buildTestingElements() {
        List<Rotation3D> sample = new ArrayList<>();
        sample.add(Rotation3D.identity());
        sample.add(Rotation3D.aboutX(Math.PI / 2));
        sample.add(Rotation3D.aboutY(Math.PI / 2));
        sample.add(Rotation3D.aboutZ(Math.PI / 2));
        sample.add(Rotation3D.fromAxisAngle(new AxisAngle(1, 1, 0, Math.PI)));
        sample.add(Rotation3D.fromEulerZYZ(1.0, 0.0, 0.5));
        sample.add(Rotation3D.fromEulerZYZ(1.0, Math.PI, 0.5));
        Random random = new Random(TESTING_SEED);
        for (int i = 0; i < 8; i++) {
            sample.add(Rotation3D.random(random));
        }
        return List.copyOf(sample);
    }

    @Override
    public String name() {
        return "SO(3)";
    }

    @Override
    public Rotation3D identity() {
        return Rotation3D.identity();
    }

    @Override
    public Rotation3D compose(Rotation3D a, Rotation3D b) {
        requireComposable(a, b);
        return a.compose(b);
    }

    @Override
    public Rotation3D inverse(Rotation3D g) {
        return requireElement(g).inverse();
    }

    /** {@inheritDoc} Every non-null {@link Rotation3D} is an element. */
    @Override
    public boolean contains(Rotation3D g) {
        return g != null;
    }

    @Override
    public List<Rotation3D> testingElements() {
        return TESTING_ELEMENTS;
    }

    /**
     * A Haar-random rotation; see {@link Rotation3D#random(Random)}.
     *
     * @param random the source of randomness
     * @return a uniformly random rotation
     */
    public Rotation3D random(Random random) {
        return Rotation3D.random(random);
    }
}
