package org.gdl4j.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CyclicGroupTest {

    @Test
    void c4CayleyTableMatchesHandWrittenTable() {
        int[][] expected = {
            {0, 1, 2, 3},
            {1, 2, 3, 0},
            {2, 3, 0, 1},
            {3, 0, 1, 2}};
        assertArrayEquals(expected, Groups.cyclic(4).cayleyTable());
    }

    @Test
    void quarterTurnMapsXAxisToYAxisExactly() {
        double[][] r = Groups.cyclic(4).generator().matrix();
        assertArrayEquals(new double[] {0, 1}, new double[] {r[0][0] * 1 + r[0][1] * 0, r[1][0] * 1 + r[1][1] * 0});
        assertArrayEquals(new double[][] {{0, -1}, {1, 0}}, r);
    }

    @Test
    void generatorOfC8TurnsByAnEighthCounterClockwise() {
        CyclicElement r = Groups.cyclic(8).generator();
        assertEquals(Math.PI / 4, r.angle(), 1e-15);
        assertEquals(Math.sqrt(0.5), r.matrix()[1][0], 1e-15);
    }

    @Test
    void rotationReducesTheExponentModuloN() {
        CyclicGroup c6 = Groups.cyclic(6);
        assertEquals(c6.rotation(1), c6.rotation(7));
        assertEquals(c6.rotation(5), c6.rotation(-1));
        assertEquals(c6.rotation(2), c6.compose(c6.rotation(5), c6.rotation(3)));
        assertEquals(c6.rotation(4), c6.inverse(c6.rotation(2)));
    }

    @Test
    void c1IsTheTrivialGroup() {
        CyclicGroup c1 = Groups.cyclic(1);
        assertEquals(1, c1.order());
        assertEquals(c1.identity(), c1.generator());
    }

    @Test
    void elementsOfDifferentOrdersAreDifferent() {
        assertNotEquals(Groups.cyclic(4).rotation(1), Groups.cyclic(6).rotation(1));
        assertEquals(Groups.cyclic(4), Groups.cyclic(4).rotation(3).group());
        assertFalse(Groups.cyclic(4).contains(Groups.cyclic(6).rotation(1)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -8})
    void orderBelowOneIsRejected(int n) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Groups.cyclic(n));
        assertTrue(e.getMessage().contains("n >= 1") && e.getMessage().contains("n = " + n), e.getMessage());
    }

    @Test
    void composingElementsOfDifferentGroupsIsRejected() {
        CyclicGroup c4 = Groups.cyclic(4);
        CyclicElement fromC6 = Groups.cyclic(6).rotation(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c4.compose(c4.generator(), fromC6));
        assertTrue(e.getMessage().contains("r^2 (C6)") && e.getMessage().contains("C4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> c4.inverse(fromC6));
        assertThrows(IllegalArgumentException.class, () -> c4.indexOf(fromC6));
    }

    @Test
    void exponentOutsideZeroToNIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CyclicElement(4, 4));
        assertTrue(e.getMessage().contains("[0, 4)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CyclicElement(4, -1));
        assertThrows(IllegalArgumentException.class, () -> Groups.cyclic(4).element(4));
    }
}
