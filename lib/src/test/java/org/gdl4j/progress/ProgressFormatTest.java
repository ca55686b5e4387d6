package org.gdl4j.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressFormatTest {

    @Test
    void durationsReadAsMinutesAndSecondsOrHours() {
        assertEquals("0:04", ProgressFormat.duration(Duration.ofMillis(4999)));
        assertEquals("12:30", ProgressFormat.duration(Duration.ofSeconds(750)));
        assertEquals("1:02:03", ProgressFormat.duration(Duration.ofSeconds(3723)));
    }

    @Test
    void slowRatesAreShownAsSecondsPerItem() {
        assertEquals("12.3 it/s", ProgressFormat.rate(12.34));
        assertEquals("250 it/s", ProgressFormat.rate(250.2));
        assertEquals("2.5 s/it", ProgressFormat.rate(0.4));
    }

    @Test
    void metricValuesHaveFourSignificantDigits() {
        assertEquals("0.1235", ProgressFormat.number(0.123456));
        assertEquals("42", ProgressFormat.number(42.0));
        assertEquals("1.235e-07", ProgressFormat.number(1.23456e-7));
        assertEquals("0", ProgressFormat.number(0.0));
        assertEquals("NaN", ProgressFormat.number(Double.NaN));
    }

    @Test
    void negativeDurationsAndNonPositiveRatesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ProgressFormat.duration(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> ProgressFormat.rate(0));
        assertThrows(IllegalArgumentException.class, () -> ProgressFormat.rate(Double.NaN));
    }
}
