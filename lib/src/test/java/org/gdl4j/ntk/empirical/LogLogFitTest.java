package org.gdl4j.ntk.empirical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LogLogFitTest {

    @Test
    void recoversTheExponentAndPrefactorOfAnExactPowerLaw() {
        double[] x = {16, 64, 256};
        double[] y = {3 * Math.pow(16, -0.5), 3 * Math.pow(64, -0.5), 3 * Math.pow(256, -0.5)};
        LogLogFit fit = LogLogFit.of(x, y);
        assertEquals(-0.5, fit.slope(), 1e-12);
        assertEquals(3 * Math.pow(100, -0.5), fit.at(100), 1e-12);
    }

    @Test
    void rejectsNonPositiveValuesAndSingleAbscissae() {
        assertThrows(IllegalArgumentException.class, () -> LogLogFit.of(new double[] {1, 2}, new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> LogLogFit.of(new double[] {2, 2}, new double[] {1, 3}));
    }
}
