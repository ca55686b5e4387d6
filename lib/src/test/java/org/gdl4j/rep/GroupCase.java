package org.gdl4j.rep;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gdl4j.group.CyclicElement;
import org.gdl4j.group.DihedralElement;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.GroupElement;
import org.gdl4j.group.Groups;

/** A finite group with its complete list of irreps and their expected types, for parameterised tests. */
record GroupCase<E extends GroupElement>(FiniteGroup<E> group, List<Representation<E>> irreps,
        List<IrrepType> types) {

    static GroupCase<CyclicElement> cyclic(int n) {
        List<Representation<CyclicElement>> irreps = CyclicIrreps.all(Groups.cyclic(n));
        List<IrrepType> types = irreps.stream()
                .map(irrep -> irrep.dimension() == 1 ? IrrepType.REAL : IrrepType.COMPLEX).toList();
        return new GroupCase<>(Groups.cyclic(n), irreps, types);
    }

    static GroupCase<DihedralElement> dihedral(int n) {
        List<Representation<DihedralElement>> irreps = DihedralIrreps.all(Groups.dihedral(n));
        List<IrrepType> types = irreps.stream().map(irrep -> IrrepType.REAL).toList();
        return new GroupCase<>(Groups.dihedral(n), irreps, types);
    }

    /** C1 … C8 and D1 … D6. */
    static Stream<GroupCase<?>> smallGroups() {
        return Stream.concat(IntStream.rangeClosed(1, 8).mapToObj(GroupCase::cyclic),
                IntStream.rangeClosed(1, 6).mapToObj(GroupCase::dihedral));
    }

    /** C1 … C8 and D1 … D8. */
    static Stream<GroupCase<?>> groupsUpToEight() {
        return Stream.concat(IntStream.rangeClosed(1, 8).mapToObj(GroupCase::cyclic),
                IntStream.rangeClosed(1, 8).mapToObj(GroupCase::dihedral));
    }

    /**
     * Orthogonal representations of every kind this package builds: trivial, regular, the permutation
     * representation of conjugation, every irrep, the direct sum of all irreps, and the regular
     * representation in a random orthonormal basis.
     */
    List<Representation<E>> orthogonalRepresentations() {
        List<Representation<E>> reps = new ArrayList<>();
        reps.add(Representations.trivial(group));
        reps.add(Representations.regular(group));
        reps.add(conjugation());
        reps.addAll(irreps);
        reps.add(Representations.directSum(irreps));
        Random random = new Random(group.order());
        reps.add(Representations.regular(group).changeBasis(TestMatrices.randomOrthogonal(group.order(), random)));
        return reps;
    }

    /** The permutation representation of the action of the group on itself by conjugation. */
    Representation<E> conjugation() {
        return Representations.permutation("conjugation", group, group.order(), (g, x) -> group.indexOf(
                group.compose(group.compose(g, group.element(x)), group.inverse(g))));
    }

    @Override
    public String toString() {
        return group.name();
    }
}
