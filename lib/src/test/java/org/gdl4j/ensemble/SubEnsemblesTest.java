package org.gdl4j.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubEnsemblesTest {

    @Test
    void sizesArePowersOfTwoThenTheWholeEnsemble() {
        assertArrayEquals(new int[] {1}, SubEnsembles.sizes(1));
        assertArrayEquals(new int[] {1, 2, 4, 8, 16, 32}, SubEnsembles.sizes(32));
        assertArrayEquals(new int[] {1, 2, 4, 8, 12}, SubEnsembles.sizes(12));
    }

    @Test
    void consecutiveGroupsAreBlocksCappedByMaxGroups() {
        assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6, 7, 8)),
                SubEnsembles.consecutive(10, 3, 5));
        assertEquals(List.of(List.of(0, 1), List.of(2, 3)), SubEnsembles.consecutive(10, 2, 2));
        assertEquals(List.of(List.of(0, 1, 2, 3, 4)), SubEnsembles.consecutive(5, 5, 8));
    }

    @Test
    void shuffledGroupsAreDisjointOfTheClaimedSizeAndDeterministicPerSeed() {
        List<List<Integer>> groups = SubEnsembles.shuffled(32, 4, 6, 7);
        assertEquals(6, groups.size());
        Set<Integer> seen = new HashSet<>();
        for (List<Integer> group : groups) {
            assertEquals(4, group.size());
            for (int member : group) {
                assertTrue(member >= 0 && member < 32, "member " + member);
                assertTrue(seen.add(member), "member " + member + " appears twice");
            }
        }
        assertEquals(groups, SubEnsembles.shuffled(32, 4, 6, 7));
        assertNotEquals(groups, SubEnsembles.shuffled(32, 4, 6, 8));
        assertEquals(8, SubEnsembles.shuffled(32, 4, 100, 7).size());
    }

    @Test
    void meanLogitsAveragesTheNamedMembers() {
        double[][][][] members = {{{{1, 2}}}, {{{3, 6}}}, {{{100, 100}}}};
        assertArrayEquals(new double[] {2, 4}, SubEnsembles.meanLogits(members, List.of(0, 1))[0][0]);
        assertArrayEquals(new double[] {100, 100}, SubEnsembles.meanLogits(members, List.of(2))[0][0]);
    }

    @Test
    void badSizesOrGroupsRaise() {
        assertThrows(IllegalArgumentException.class, () -> SubEnsembles.sizes(0));
        assertThrows(IllegalArgumentException.class, () -> SubEnsembles.consecutive(8, 0, 1));
        IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class,
                () -> SubEnsembles.consecutive(8, 9, 1));
        assertTrue(tooLarge.getMessage().contains("1..8"), tooLarge.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SubEnsembles.shuffled(8, 2, 0, 1));
        double[][][][] members = {{{{1, 2}}}, {{{3, 6}}}, {{{1, 2, 3}}}};
        assertThrows(IllegalArgumentException.class, () -> SubEnsembles.meanLogits(members, List.of()));
        assertThrows(IllegalArgumentException.class, () -> SubEnsembles.meanLogits(members, List.of(0, 0)));
        assertThrows(IllegalArgumentException.class, () -> SubEnsembles.meanLogits(members, List.of(3)));
        IllegalArgumentException shapes = assertThrows(IllegalArgumentException.class,
                () -> SubEnsembles.meanLogits(members, List.of(0, 2)));
        assertTrue(shapes.getMessage().contains("equal shape"), shapes.getMessage());
    }
}
