package org.gdl4j.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

    private static double[][] randomSymmetric(Random random, int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = random.nextGaussian();
                a[j][i] = a[i][j];
            }
        }
        return a;
    }

    /** max |A − Vᵀ diag(λ) V| and max |V Vᵀ − I|. */
    private static void assertDecomposes(double[][] a, SymmetricEigen eigen, double tolerance) {
        int n = a.length;
        double[][] v = eigen.vectors();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double reconstructed = 0;
                double gram = 0;
                for (int k = 0; k < n; k++) {
                    reconstructed += v[k][i] * eigen.values()[k] * v[k][j];
                    gram += v[i][k] * v[j][k];
                }
                assertEquals(a[i][j], reconstructed, tolerance, "reconstruction at " + i + "," + j);
                assertEquals(i == j ? 1 : 0, gram, tolerance, "orthonormality at " + i + "," + j);
            }
        }
        for (int k = 1; k < n; k++) {
            assertTrue(eigen.values()[k - 1] <= eigen.values()[k], "ascending eigenvalues");
        }
    }

    @Test
    void randomSymmetricMatrixIsReconstructedFromOrthonormalEigenvectors() {
        Random random = new Random(1);
        for (int n : new int[] {1, 2, 3, 7, 40}) {
            double[][] a = randomSymmetric(random, n);
            assertDecomposes(a, SymmetricEigen.of(a), 1e-12);
        }
    }

    @Test
    void inputIsNotModified() {
        double[][] a = randomSymmetric(new Random(2), 6);
        double[][] copy = Matrices.copy(a);
        SymmetricEigen.of(a);
        for (int i = 0; i < a.length; i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(copy[i], a[i], 0);
        }
    }

    @Test
    void repeatedAndZeroEigenvaluesAreResolved() {
        double[][] a = {{2, 0, 0, 0}, {0, 2, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 2}};
        SymmetricEigen eigen = SymmetricEigen.of(a);
        assertDecomposes(a, eigen, 1e-14);
        assertEquals(0, eigen.values()[0], 1e-15);
        double[][] ones = {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}};
        SymmetricEigen rankOne = SymmetricEigen.of(ones);
        assertDecomposes(ones, rankOne, 1e-14);
        assertEquals(3, rankOne.values()[2], 1e-14);
    }

    @Test
    void knownTwoByTwoEigenvalues() {
        SymmetricEigen eigen = SymmetricEigen.of(new double[][] {{2, 1}, {1, 2}});
        assertEquals(1, eigen.values()[0], 1e-15);
        assertEquals(3, eigen.values()[1], 1e-15);
    }

    @Test
    void nonSquareMatrixIsRejectedNamingTheShape() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> SymmetricEigen.of(new double[][] {{1, 2, 3}, {4, 5, 6}}));
        assertTrue(error.getMessage().contains("[2][3]"), error.getMessage());
    }
}
