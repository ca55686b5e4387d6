package org.gdl4j.rep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MatrixTest {

    @Test
    void inverseTimesMatrixIsTheIdentity() {
        Random random = new Random(3);
        for (int n = 1; n <= 12; n++) {
            Matrix m = TestMatrices.randomInvertible(n, random);
            assertTrue(m.multiply(m.inverse()).maxAbsDifference(Matrix.identity(n)) <= 1e-12);
            assertTrue(m.inverse().multiply(m).maxAbsDifference(Matrix.identity(n)) <= 1e-12);
        }
    }

    @Test
    void inverseNeedsPivoting() {
        Matrix swap = Matrix.of(new double[][] {{0, 1}, {1, 0}});
        assertEquals(swap, swap.inverse());
    }

    @Test
    void singularAndNonSquareMatricesHaveNoInverse() {
        assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[][] {{1, 2}, {2, 4}}).inverse());
        assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(2, 3).inverse());
    }

    @Test
    void productTransposeTraceAndDirectSumFollowTheirDefinitions() {
        Matrix a = Matrix.of(new double[][] {{1, 2}, {3, 4}});
        Matrix b = Matrix.of(new double[][] {{0, 1}, {1, 0}});
        assertEquals(Matrix.of(new double[][] {{2, 1}, {4, 3}}), a.multiply(b));
        assertEquals(Matrix.of(new double[][] {{1, 3}, {2, 4}}), a.transpose());
        assertEquals(5.0, a.trace());
        assertArrayEquals(new double[][] {{1, 2, 0}, {3, 4, 0}, {0, 0, 7}},
                a.directSum(Matrix.of(new double[][] {{7}})).toArray());
    }

    @Test
    void malformedEntriesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[0][0]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Matrix.of(new double[][] {{1, Double.NaN}}));
        assertTrue(e.getMessage().contains("(0, 1)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Matrix.identity(2).multiply(Matrix.zeros(3, 1)));
        assertThrows(IndexOutOfBoundsException.class, () -> Matrix.identity(2).get(2, 0));
    }

    @Test
    void entriesAreCopiedInAndOut() {
        double[][] entries = {{1, 2}, {3, 4}};
        Matrix m = Matrix.of(entries);
        entries[0][0] = 9;
        m.toArray()[0][1] = 9;
        assertEquals(Matrix.of(new double[][] {{1, 2}, {3, 4}}), m);
    }
}
