package org.gdl4j.group;

import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The groups that the parameterised tests run over. */
final class TestGroups {

    private TestGroups() {
    }

    /** C1 … C8 and D1 … D6. */
    static Stream<FiniteGroup<? extends PlanarSymmetry>> finiteGroups() {
        return Stream.concat(
                IntStream.rangeClosed(1, 8).mapToObj(Groups::cyclic),
                IntStream.rangeClosed(1, 6).mapToObj(Groups::dihedral));
    }

    /** D1 … D8. */
    static Stream<DihedralGroup> dihedralGroups() {
        return IntStream.rangeClosed(1, 8).mapToObj(Groups::dihedral);
    }

    static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                for (int k = 0; k < b.length; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    static double maxAbsDifference(double[][] a, double[][] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                worst = Math.max(worst, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return worst;
    }

    static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }
}
