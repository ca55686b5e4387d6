package org.gdl4j.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdl4j.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tolerances: the exact ones follow the precision, interpolated ones are stated, bad values are rejected. */
class ToleranceTest {

    @Test
    void exactToleranceFollowsThePrecision() {
        assertEquals(new Tolerance(1e-5, 1e-5), Tolerance.exact(Precision.FLOAT));
        assertEquals(new Tolerance(1e-10, 1e-10), Tolerance.exact(Precision.DOUBLE));
    }

    @Test
    void interpolatedToleranceIsAbsolute() {
        assertEquals(new Tolerance(0.1, 0.0), Tolerance.interpolated(0.1));
    }

    @Test
    void errorIsAllowedUpToAtolPlusRtolTimesScale() {
        Tolerance tolerance = new Tolerance(0.1, 0.01);
        assertTrue(tolerance.allows(0.2, 10.0));
        assertFalse(tolerance.allows(0.2001, 10.0));
        assertFalse(tolerance.allows(Double.NaN, 10.0));
        assertEquals(0.2, tolerance.bound(10.0), 1e-15);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1e-9, Double.NaN, Double.POSITIVE_INFINITY})
    void negativeOrNonFiniteTolerancesAreRejected(double bad) {
        IllegalArgumentException atol = assertThrows(IllegalArgumentException.class, () -> new Tolerance(bad, 0));
        assertTrue(atol.getMessage().contains("atol"), atol::getMessage);
        IllegalArgumentException rtol = assertThrows(IllegalArgumentException.class, () -> new Tolerance(0, bad));
        assertTrue(rtol.getMessage().contains("rtol"), rtol::getMessage);
    }
}
