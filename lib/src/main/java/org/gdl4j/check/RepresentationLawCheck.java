package org.gdl4j.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.GroupElement;
import org.gdl4j.rep.Matrix;
import org.gdl4j.rep.Representation;

/**
 * Checks the laws of a representation {@code ρ} of a finite group on its matrices, in float64: the
 * homomorphism law over all pairs of testing elements, the identity, inverses and orthogonality (see
 * {@link RepresentationLaw}).
 *
 * <pre>{@code
 * RepresentationLawCheck.check(Representations.regular(c4)).assertWithin(Tolerance.exact(Precision.DOUBLE));
 * }</pre>
 *
 * <p>Every representation that {@link org.gdl4j.rep} builds is orthogonal; a representation in a
 * non-orthogonal basis is still a representation, so check it with
 * {@code check(ρ, EnumSet.complementOf(EnumSet.of(RepresentationLaw.ORTHOGONALITY)))}.
 */
public final class RepresentationLawCheck {

    private RepresentationLawCheck() {
    }

    /**
     * Checks all four laws.
     *
     * @param representation the representation {@code ρ}
     * @param <E>            the element type
     * @return one row per law
     */
    public static <E extends GroupElement> LawReport check(Representation<E> representation) {
        return check(representation, EnumSet.allOf(RepresentationLaw.class));
    }

    /**
     * Checks the chosen laws over the group's {@code testingElements()} (all elements of a finite group).
     *
     * @param representation the representation {@code ρ}
     * @param laws           the laws to check; not empty
     * @param <E>            the element type
     * @return one row per chosen law, in the order of {@link RepresentationLaw}
     * @throws IllegalArgumentException if {@code laws} is empty
     */
    public static <E extends GroupElement> LawReport check(Representation<E> representation,
            Set<RepresentationLaw> laws) {
        Objects.requireNonNull(representation, "representation");
        if (laws.isEmpty()) {
            throw new IllegalArgumentException("expected at least one law to check but got none");
        }
        List<LawReport.LawError> errors = new ArrayList<>();
        for (RepresentationLaw law : EnumSet.copyOf(laws)) {
            errors.add(switch (law) {
                case HOMOMORPHISM -> homomorphism(representation);
                case IDENTITY -> identity(representation);
                case INVERSE -> inverse(representation);
                case ORTHOGONALITY -> orthogonality(representation);
            });
        }
        return new LawReport(representation.toString(), scale(representation), errors);
    }

    private static <E extends GroupElement> LawReport.LawError homomorphism(Representation<E> rho) {
        FiniteGroup<E> group = rho.group();
        Worst worst = new Worst();
        for (E g : group.testingElements()) {
            for (E h : group.testingElements()) {
                Matrix product = rho.matrix(g).multiply(rho.matrix(h));
                worst.offer(rho.matrix(group.compose(g, h)).maxAbsDifference(product), "g = " + g + ", h = " + h);
            }
        }
        return worst.error(RepresentationLaw.HOMOMORPHISM);
    }

    private static <E extends GroupElement> LawReport.LawError identity(Representation<E> rho) {
        E e = rho.group().identity();
        double error = rho.matrix(e).maxAbsDifference(Matrix.identity(rho.dimension()));
        return new LawReport.LawError(RepresentationLaw.IDENTITY, error, "e = " + e);
    }

    private static <E extends GroupElement> LawReport.LawError inverse(Representation<E> rho) {
        FiniteGroup<E> group = rho.group();
        Worst worst = new Worst();
        for (E g : group.testingElements()) {
            double error;
            try {
                error = rho.matrix(group.inverse(g)).maxAbsDifference(rho.matrix(g).inverse());
            } catch (IllegalArgumentException singular) {
                error = Double.POSITIVE_INFINITY;
            }
            worst.offer(error, "g = " + g);
        }
        return worst.error(RepresentationLaw.INVERSE);
    }

    private static <E extends GroupElement> LawReport.LawError orthogonality(Representation<E> rho) {
        Worst worst = new Worst();
        Matrix identity = Matrix.identity(rho.dimension());
        for (E g : rho.group().testingElements()) {
            Matrix m = rho.matrix(g);
            worst.offer(m.transpose().multiply(m).maxAbsDifference(identity), "g = " + g);
        }
        return worst.error(RepresentationLaw.ORTHOGONALITY);
    }

    private static <E extends GroupElement> double scale(Representation<E> rho) {
        double scale = 0;
        for (E g : rho.group().elements()) {
            for (double[] row : rho.matrix(g).toArray()) {
                for (double v : row) {
                    scale = Math.max(scale, Math.abs(v));
                }
            }
        }
        return scale;
    }

    /** The largest error seen so far and where it occurred. */
    private static final class Worst {
        private double error = -1;
        private String where = "";

        void offer(double candidate, String place) {
            if (Double.compare(candidate, error) > 0) {
                error = candidate;
                where = place;
            }
        }

        LawReport.LawError error(RepresentationLaw law) {
            return new LawReport.LawError(law, Math.max(error, 0.0), where);
        }
    }
}
