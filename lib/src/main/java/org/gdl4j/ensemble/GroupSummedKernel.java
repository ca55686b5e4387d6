package org.gdl4j.ensemble;

import java.util.Objects;
import org.gdl4j.ntk.Gram;
import org.gdl4j.ntk.GramMatrices;
import org.gdl4j.ntk.GramOptions;
import org.gdl4j.ntk.ImageSet;
import org.gdl4j.ntk.KernelLayer;
import org.gdl4j.ntk.PlanarImage;

/**
 * The group-summed kernel of an invariant kernel {@code θ} under C4,
 * {@code Θ^G(x, x') = Σ_{h∈C4} θ(x, h·x')}, and its orbit mean {@code (1/|G|) Θ^G}, for the NNGP and the NTK
 * alike.
 *
 * <p><b>Identity.</b> If {@code θ(gx, gx') = θ(x, x')} for every rotation {@code g}, the mean prediction of an
 * infinite ensemble trained on the full C4 orbits of {@code N} images (gradient flow on the mean squared error
 * averaged over the {@code n = 4N·k} augmented targets, Gerken and Kessel, ICML 2024, arXiv:2403.03103; linear
 * dynamics of Lee et al. 2019, arXiv:1902.06720) equals kernel gradient flow with the <em>mean</em> kernel
 * {@code Θ^mean = (1/4) Θ^G} on the {@code N} original images with their {@code N·k} targets:
 * <pre>
 * μ_t(x) = Θ^mean(x, X) Θ^mean(X, X)⁻¹ (I − exp(−η Θ^mean(X, X) t / (N·k))) Y
 * </pre>
 * Reason: target vectors constant along each orbit form a subspace that the augmented Gram maps into itself;
 * in the orthonormal basis {@code (1/2) Σ_h e_(i,h)} it acts as {@code Θ^G(X, X)}, and the augmented targets
 * lie in it. With a ridge, {@code λ} on the augmented Gram corresponds to {@code λ/4} on the mean kernel.
 * Because {@code Θ^G(g·x, x') = Θ^G(x, x')}, the prediction is invariant at every {@code t}. The
 * {@code N × N} Gram is {@code |G|² = 16} times smaller than the augmented one and {@code |G|³ = 64} times
 * cheaper to decompose; it needs {@code 4N²} kernel pairs against {@code ≈ 8N²} for the augmented Gram.
 *
 * <p><b>Sum versus mean.</b> The two loss conventions pair with different kernels. A mean loss (the time scale
 * {@code exp(−η e t / n)} of {@link org.gdl4j.ntk.GradientFlowPredictor}) pairs with the mean kernel
 * {@code (1/4) Θ^G}; a summed loss ({@code exp(−η e t)}) pairs with the summed kernel {@code Θ^G}. Mixing
 * them, for example the summed kernel with the mean-loss rate, runs the flow four times too fast: the converged
 * prediction ({@code t = ∞}, no ridge) is unchanged, every finite-time prediction is wrong.
 *
 * <p>Shapes: {@code rows} {@code N1} images, {@code columns} {@code N2} square images of the same shape;
 * Grams {@code [N1][N2]}.
 */
public final class GroupSummedKernel {

    /** The order {@code |G|} of C4. */
    public static final int C4_ORDER = 4;

    private GroupSummedKernel() {
    }

    /**
     * {@code Σ_{h∈C4} K(x_i, h·x'_j)} and {@code Σ_{h∈C4} Θ(x_i, h·x'_j)}.
     *
     * @param network a network with an invariant kernel (not checked)
     * @param rows    {@code X}, {@code N1} images
     * @param columns {@code X'}, {@code N2} square images of the shape of {@code X}
     * @param options progress bar and threads
     * @return the summed Grams, {@code [N1][N2]}
     * @throws IllegalArgumentException if the columns are not square or the shapes differ
     */
    public static GramMatrices summed(KernelLayer network, ImageSet rows, ImageSet columns, GramOptions options) {
        return reduced(network, rows, columns, options, 1);
    }

    /**
     * {@code (1/4) Σ_{h∈C4} K(x_i, h·x'_j)} and {@code (1/4) Σ_{h∈C4} Θ(x_i, h·x'_j)}, the kernel to pair
     * with the mean loss.
     *
     * @param network a network with an invariant kernel (not checked)
     * @param rows    {@code X}, {@code N1} images
     * @param columns {@code X'}, {@code N2} square images of the shape of {@code X}
     * @param options progress bar and threads
     * @return the orbit-mean Grams, {@code [N1][N2]}
     * @throws IllegalArgumentException if the columns are not square or the shapes differ
     */
    public static GramMatrices mean(KernelLayer network, ImageSet rows, ImageSet columns, GramOptions options) {
        return reduced(network, rows, columns, options, 1.0 / C4_ORDER);
    }

    private static GramMatrices reduced(KernelLayer network, ImageSet rows, ImageSet columns, GramOptions options,
            double scale) {
        GramMatrices orbit = orbitColumns(network, rows, columns, options);
        return new GramMatrices(fold(orbit.nngp(), scale), fold(orbit.ntk(), scale));
    }

    /**
     * The Grams against every rotation of the columns, {@code [N1][4·N2]}, column {@code 4j + h} holding
     * {@code θ(x_i, rot^h x'_j)} (image-major, as {@link ImageSet#c4Orbits}).
     */
    static GramMatrices orbitColumns(KernelLayer network, ImageSet rows, ImageSet columns, GramOptions options) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(rows, "rows");
        requireSquare(columns, "sum a kernel over C4 rotations");
        return Gram.between(network, rows, columns.c4Orbits(), options);
    }

    /** Sums each run of four orbit columns and scales: {@code [N1][4·N2]} to {@code [N1][N2]}. */
    static double[][] fold(double[][] orbitColumns, double scale) {
        double[][] out = new double[orbitColumns.length][];
        for (int i = 0; i < orbitColumns.length; i++) {
            double[] row = orbitColumns[i];
            out[i] = new double[row.length / C4_ORDER];
            for (int j = 0; j < out[i].length; j++) {
                double sum = 0;
                for (int h = 0; h < C4_ORDER; h++) {
                    sum += row[C4_ORDER * j + h];
                }
                out[i][j] = scale * sum;
            }
        }
        return out;
    }

    /** Checks that every image is square, naming what needs it. */
    static void requireSquare(ImageSet images, String purpose) {
        Objects.requireNonNull(images, "images");
        PlanarImage first = images.get(0);
        if (first.height() != first.width()) {
            throw new IllegalArgumentException("expected square images [C, H, H] to " + purpose + " but got "
                    + first.shape());
        }
    }
}
