package org.gdl4j.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void unsetOrBlankMeansQuick() {
        assertEquals(Scale.QUICK, Scale.parse(null));
        assertEquals(Scale.QUICK, Scale.parse("  "));
    }

    @Test
    void namesParseIgnoringCaseAndBlanks() {
        assertEquals(Scale.PAPER, Scale.parse(" Paper "));
        assertEquals(Scale.QUICK, Scale.parse("QUICK"));
    }

    @Test
    void unknownNameIsRejectedWithTheVariableName() {
        var error = assertThrows(IllegalArgumentException.class, () -> Scale.parse("huge"));
        assertTrue(error.getMessage().contains("GDL4J_SCALE") && error.getMessage().contains("huge"));
    }

    @Test
    void chooseReturnsTheValueOfTheScale() {
        assertEquals(10, Scale.QUICK.choose(10, 1000));
        assertEquals("big", Scale.PAPER.choose("small", "big"));
    }
}
