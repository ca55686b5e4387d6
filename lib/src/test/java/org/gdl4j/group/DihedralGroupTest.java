package org.gdl4j.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DihedralGroupTest {

    /** D4 indices: e=0, r=1, r²=2, r³=3, s=4, s r=5, s r²=6, s r³=7. */
    @Test
    void d4CayleyTableMatchesHandWrittenEntries() {
        int[][] table = Groups.dihedral(4).cayleyTable();
        assertEquals(7, table[1][4], "r·s = s r^-1 = s r³");
        assertEquals(5, table[4][1], "s·r = s r");
        assertEquals(0, table[4][4], "s·s = e");
        assertEquals(0, table[5][5], "(s r)·(s r) = e");
        assertEquals(4, table[1][5], "r·(s r) = s r^-1 r = s");
        assertEquals(6, table[5][1], "(s r)·r = s r²");
        assertEquals(1, table[6][7], "(s r²)·(s r³) = r^(-2+3) = r");
        assertEquals(1, table[2][3], "r²·r³ = r");
        assertEquals(1, table[7][4], "(s r³)·s = s s r^-3 = r");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.gdl4j.group.TestGroups#dihedralGroups")
    void reflectionConjugatesRotationToItsInverse(DihedralGroup group) {
        DihedralElement s = group.reflection();
        DihedralElement r = group.rotation(1);
        assertEquals(group.inverse(r), group.compose(s, group.compose(r, s)));
        assertEquals(group.identity(), group.compose(s, s));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.gdl4j.group.TestGroups#dihedralGroups")
    void normalFormIsReflectionAfterRotation(DihedralGroup group) {
        for (int k = 0; k < group.n(); k++) {
            assertEquals(group.element(1, k), group.compose(group.reflection(), group.rotation(k)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.gdl4j.group.TestGroups#dihedralGroups")
    void exactlyHalfTheElementsAreReflectionsAndEachIsAnInvolution(DihedralGroup group) {
        long reflections = group.elements().stream().filter(DihedralElement::isReflection).count();
        assertEquals(group.n(), reflections);
        group.elements().stream().filter(DihedralElement::isReflection)
                .forEach(g -> assertEquals(group.identity(), group.compose(g, g), g::toString));
    }

    @Test
    void reflectionFlipsTheXCoordinate() {
        assertArrayEquals(new double[][] {{-1, 0}, {0, 1}}, Groups.dihedral(4).reflection().matrix());
        assertArrayEquals(new double[][] {{-1, 0}, {0, 1}}, Groups.dihedral(1).reflection().matrix());
    }

    @Test
    void reflectionAfterQuarterTurnHasTheExpectedExactMatrix() {
        // s r: (1, 0) -> (0, 1) -> (0, 1); (0, 1) -> (-1, 0) -> (1, 0)
        assertArrayEquals(new double[][] {{0, 1}, {1, 0}}, Groups.dihedral(4).element(1, 1).matrix());
    }

    @Test
    void d1HasTheIdentityAndOneReflection() {
        DihedralGroup d1 = Groups.dihedral(1);
        assertEquals(2, d1.order());
        assertEquals(d1.reflection(), d1.element(1));
        assertEquals(d1.identity(), d1.rotation(5));
    }

    @Test
    void d2IsAbelian() {
        DihedralGroup d2 = Groups.dihedral(2);
        for (DihedralElement a : d2.elements()) {
            for (DihedralElement b : d2.elements()) {
                assertEquals(d2.compose(a, b), d2.compose(b, a));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -6})
    void sizeBelowOneIsRejected(int n) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Groups.dihedral(n));
        assertTrue(e.getMessage().contains("n >= 1") && e.getMessage().contains("n = " + n), e.getMessage());
    }

    @Test
    void composingElementsOfDifferentGroupsIsRejected() {
        DihedralGroup d4 = Groups.dihedral(4);
        DihedralElement fromD3 = Groups.dihedral(3).reflection();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> d4.compose(fromD3, d4.reflection()));
        assertTrue(e.getMessage().contains("s r^0 (D3)") && e.getMessage().contains("D4"), e.getMessage());
    }

    @Test
    void invalidExponentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DihedralElement(4, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new DihedralElement(4, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> Groups.dihedral(4).element(-1, 0));
    }
}
