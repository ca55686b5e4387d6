package org.gdl4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdl4j.group.Groups;
import org.junit.jupiter.api.Test;

class FieldTypeTest {

    @Test
    void regularFieldsOccupyGroupOrderChannelsEach() {
        FieldType type = FieldType.regular(Groups.dihedral(4), 3);
        assertEquals(24, type.size());
        assertEquals(8, type.fieldSize());
        assertEquals(24, type.representation().dimension());
    }

    @Test
    void plainChannelsAreTrivialFieldsOfTheTrivialGroup() {
        FieldType type = FieldType.plain(5);
        assertEquals(5, type.size());
        assertEquals(1, type.group().order());
        assertEquals(FieldKind.TRIVIAL, type.kind());
    }

    @Test
    void wrongChannelCountIsReportedWithBothCounts() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> FieldType.regular(Groups.cyclic(4), 2).requireChannels(6, "conv"));
        assertTrue(error.getMessage().contains("expected 8 channels") && error.getMessage().contains("got 6"),
                error.getMessage());
    }

    @Test
    void zeroFieldsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> FieldType.plain(0));
    }
}
