package org.gdl4j.ntk;

/**
 * A regularised training Gram matrix {@code K + λI = Vᵀ diag(e) V}, decomposed once, with the targets in its
 * eigenbasis; applies spectral functions {@code f(K + λI) Y} for any number of {@code f}.
 *
 * <p>Shapes: {@code gram [N][N]}, {@code targets [N][k]}; {@link #coefficients} {@code [N][k]}.
 */
final class SpectralSolver {

    /** Eigenvalues below this fraction of the largest count as zero in the pseudo-inverse. */
    static final double RELATIVE_CUTOFF = 1e-12;

    private final SymmetricEigen eigen;
    private final double[][] projectedTargets;
    private final double cutoff;

    SpectralSolver(double[][] gram, double[][] targets, Ridge ridge, String kernelName) {
        int n = Matrices.requireSquare(gram, kernelName + " training Gram");
        int outputs = Matrices.columns(targets, "targets");
        if (targets.length != n || outputs < 1) {
            throw new IllegalArgumentException("expected targets [" + n + "][k ≥ 1] (one row per training input) "
                    + "but got [" + targets.length + "][" + outputs + "]");
        }
        double lambda = ridge.lambda(gram);
        double[][] regularised = Matrices.copy(gram);
        for (int i = 0; i < n; i++) {
            regularised[i][i] += lambda;
        }
        this.eigen = SymmetricEigen.of(regularised);
        this.projectedTargets = Matrices.multiply(eigen.vectors(), targets);
        double largest = 0;
        for (double e : eigen.values()) {
            largest = Math.max(largest, Math.abs(e));
        }
        this.cutoff = RELATIVE_CUTOFF * largest;
    }

    int size() {
        return eigen.size();
    }

    int outputs() {
        return projectedTargets[0].length;
    }

    /** The eigenvalue function applied to each eigenvalue, and to values below the cutoff. */
    interface Spectrum {
        double apply(double eigenvalue, boolean negligible);
    }

    /** {@code Vᵀ diag(f(e)) V Y}, {@code [N][k]}. */
    double[][] coefficients(Spectrum f) {
        int n = size();
        double[][] scaled = new double[n][];
        for (int m = 0; m < n; m++) {
            double e = eigen.values()[m];
            double factor = f.apply(e, Math.abs(e) <= cutoff);
            scaled[m] = projectedTargets[m].clone();
            for (int c = 0; c < scaled[m].length; c++) {
                scaled[m][c] *= factor;
            }
        }
        return Matrices.multiply(transpose(eigen.vectors()), scaled);
    }

    /** {@code Σ_m (v_m · k)² / e_m} over non-negligible eigenvalues: {@code kᵀ (K + λI)⁺ k}. */
    double quadraticForm(double[] k) {
        double sum = 0;
        for (int m = 0; m < size(); m++) {
            double e = eigen.values()[m];
            if (Math.abs(e) <= cutoff) {
                continue;
            }
            double dot = 0;
            double[] v = eigen.vectors()[m];
            for (int i = 0; i < v.length; i++) {
                dot += v[i] * k[i];
            }
            sum += dot * dot / e;
        }
        return sum;
    }

    private static double[][] transpose(double[][] m) {
        int n = m.length;
        int k = m[0].length;
        double[][] t = new double[k][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }
}
