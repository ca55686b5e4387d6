package org.gdl4j.ntk;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.gdl4j.progress.Progress;
import org.gdl4j.progress.ProgressBar;

/**
 * NNGP and NTK Gram matrices of a network over data sets, {@code K(X, X')} and {@code Θ(X, X')}.
 *
 * <p>Each entry runs the network's kernel map on one pair of images; rows are computed in parallel on a
 * private fork-join pool. Memory stays bounded: each worker holds the spatial kernels of one pair at a time
 * ({@code [B, n, n]} doubles, for example {@code 4·(14·14)²·8} bytes ≈ 1.2 MB per array for the C4 orbit form
 * at 14×14), and only the pooled scalars are kept. The network must end in a pooled kernel (global average
 * pooling, group pooling or flatten, then a dense readout). Symmetric Grams compute each unordered pair
 * once. A network that starts with {@link Flatten} (an MLP) skips the spatial pair kernel altogether: its
 * entries need only the inner products of the two images, {@code O(C·H·W)} per pair. The input kernels carry the {@link KernelLayer#requiredInputForm()} of the network; a
 * {@link CovarianceForm#FULL} network costs about three times as much per pair.
 */
public final class Gram {

    private Gram() {
    }

    /**
     * The symmetric Gram matrices of one data set, {@code K(X, X)} and {@code Θ(X, X)}.
     *
     * <p>Shapes: {@code N} images in, {@code [N][N]} out.
     *
     * @param network the kernel map of the whole network
     * @param data    the images
     * @param options progress bar and threads
     * @return both Gram matrices, exactly symmetric
     * @throws IllegalStateException if the network does not end in a pooled kernel
     */
    public static GramMatrices symmetric(KernelLayer network, ImageSet data, GramOptions options) {
        int n = data.size();
        double[][] nngp = new double[n][n];
        double[][] ntk = new double[n][n];
        long pairs = (long) n * (n + 1) / 2;
        run(n, pairs, options, i -> {
            for (int j = i; j < n; j++) {
                Kernel k = entry(network, data.get(i), data.get(j));
                nngp[i][j] = k.scalarNngp();
                nngp[j][i] = nngp[i][j];
                ntk[i][j] = k.scalarNtk();
                ntk[j][i] = ntk[i][j];
            }
            return n - i;
        });
        return new GramMatrices(nngp, ntk);
    }

    /**
     * The Gram matrices between two data sets, {@code K(X, X')} and {@code Θ(X, X')}.
     *
     * <p>Shapes: {@code N1} and {@code N2} images of one shape in, {@code [N1][N2]} out.
     *
     * @param network the kernel map of the whole network
     * @param rows    {@code X}
     * @param columns {@code X'}
     * @param options progress bar and threads
     * @return both Gram matrices
     * @throws IllegalArgumentException if the images of the two sets differ in shape
     * @throws IllegalStateException    if the network does not end in a pooled kernel
     */
    public static GramMatrices between(KernelLayer network, ImageSet rows, ImageSet columns, GramOptions options) {
        if (!rows.get(0).sameShape(columns.get(0))) {
            throw new IllegalArgumentException("expected images of one shape in both sets but got "
                    + rows.get(0).shape() + " and " + columns.get(0).shape());
        }
        int n1 = rows.size();
        int n2 = columns.size();
        double[][] nngp = new double[n1][n2];
        double[][] ntk = new double[n1][n2];
        run(n1, (long) n1 * n2, options, i -> {
            for (int j = 0; j < n2; j++) {
                Kernel k = entry(network, rows.get(i), columns.get(j));
                nngp[i][j] = k.scalarNngp();
                ntk[i][j] = k.scalarNtk();
            }
            return n2;
        });
        return new GramMatrices(nngp, ntk);
    }

    private static Kernel entry(KernelLayer network, PlanarImage x, PlanarImage y) {
        CovarianceForm form = network.requiredInputForm();
        if (network instanceof Flatten) {
            return InputKernel.flattened(x, y, form);
        }
        if (network instanceof Serial serial && !serial.layers().isEmpty() && serial.layers().get(0) instanceof Flatten) {
            Kernel kernel = InputKernel.flattened(x, y, form);
            for (KernelLayer layer : serial.layers().subList(1, serial.layers().size())) {
                kernel = layer.apply(kernel);
            }
            return kernel;
        }
        return network.apply(Kernel.between(x, y, form));
    }

    /** Computes one row and returns how many pairs it held. */
    private interface RowTask {
        int compute(int row);
    }

    private static void run(int rows, long pairs, GramOptions options, RowTask task) {
        Objects.requireNonNull(options, "options");
        ForkJoinPool pool = new ForkJoinPool(options.parallelism());
        try (ProgressBar bar = options.progress() == ProgressDisplay.BAR ? Progress.bar("kernel pairs", pairs)
                : null) {
            pool.submit(() -> IntStream.range(0, rows).parallel().forEach(row -> {
                int done = task.compute(row);
                if (bar != null) {
                    bar.step(done);
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing a Gram matrix", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("Gram computation failed", cause);
    }
}
