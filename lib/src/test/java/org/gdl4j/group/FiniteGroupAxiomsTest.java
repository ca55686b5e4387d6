package org.gdl4j.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The group axioms and the Cayley table, checked exhaustively on C1 … C8 and D1 … D6. */
class FiniteGroupAxiomsTest {

    private static final String GROUPS = "org.gdl4j.group.TestGroups#finiteGroups";

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void compositionIsAssociative(FiniteGroup<E> group) {
        for (E a : group.elements()) {
            for (E b : group.elements()) {
                for (E c : group.elements()) {
                    assertEquals(group.compose(group.compose(a, b), c), group.compose(a, group.compose(b, c)),
                            () -> "(ab)c != a(bc) for " + a + ", " + b + ", " + c);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void identityIsNeutralOnBothSides(FiniteGroup<E> group) {
        E e = group.identity();
        for (E g : group.elements()) {
            assertEquals(g, group.compose(e, g));
            assertEquals(g, group.compose(g, e));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void inverseIsTwoSided(FiniteGroup<E> group) {
        for (E g : group.elements()) {
            assertEquals(group.identity(), group.compose(g, group.inverse(g)), g::toString);
            assertEquals(group.identity(), group.compose(group.inverse(g), g), g::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void productsStayInTheGroup(FiniteGroup<E> group) {
        for (E a : group.elements()) {
            for (E b : group.elements()) {
                assertTrue(group.contains(group.compose(a, b)));
                assertTrue(group.elements().contains(group.compose(a, b)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void elementsAreDistinctWithIdentityFirstAndIndexedInOrder(FiniteGroup<E> group) {
        List<E> elements = group.elements();
        assertEquals(group.order(), elements.size());
        assertEquals(group.order(), new HashSet<>(elements).size());
        assertEquals(group.identity(), elements.get(0));
        for (int i = 0; i < elements.size(); i++) {
            assertEquals(i, group.indexOf(elements.get(i)));
            assertEquals(elements.get(i), group.element(i));
        }
        assertEquals(elements, group.testingElements());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void everyCayleyRowAndColumnIsAPermutation(FiniteGroup<E> group) {
        int[][] table = group.cayleyTable();
        int n = group.order();
        for (int i = 0; i < n; i++) {
            boolean[] inRow = new boolean[n];
            boolean[] inColumn = new boolean[n];
            for (int j = 0; j < n; j++) {
                inRow[table[i][j]] = true;
                inColumn[table[j][i]] = true;
            }
            for (int k = 0; k < n; k++) {
                assertTrue(inRow[k] && inColumn[k], "row or column " + i + " misses " + k);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(GROUPS)
    <E extends GroupElement> void cayleyTableAgreesWithCompose(FiniteGroup<E> group) {
        int[][] table = group.cayleyTable();
        for (int i = 0; i < group.order(); i++) {
            for (int j = 0; j < group.order(); j++) {
                assertEquals(group.compose(group.element(i), group.element(j)), group.element(table[i][j]));
            }
        }
    }
}
