package org.gdl4j.ensemble;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import org.gdl4j.Precision;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Deterministic batches of noise images, the off-manifold evaluation sets of emergent-invariance
 * experiments (Gerken and Kessel, ICML 2024, arXiv 2403.03103): {@link NoiseKind#UNIFORM},
 * {@link NoiseKind#GAUSSIAN} with the data's scalar moments, and {@link NoiseKind#BLOCK}.
 *
 * <p>Shapes: every batch is {@code [N, C, H, W]} (NCHW) with {@code N = count}, in {@link #precision()}.
 *
 * <p><b>Determinism.</b> Values come from {@code new java.util.Random(seed)}, whose algorithms (including
 * {@code nextGaussian}) the Java specification fixes, and are drawn in a fixed order: sample, channel, row,
 * column (row-major). The same seed therefore gives the same images on every machine and JVM, whatever the
 * ND4J backend. The kinds share the stream of a seed: the coarse values of a block batch are the first
 * {@code N·C·(H/b)·(W/b)} values of the uniform batch with that seed, so pass different seeds for
 * independent sets.
 *
 * @param count     {@code N}, the number of images, at least 1
 * @param channels  {@code C}, at least 1
 * @param height    {@code H}, at least 1, divisible by {@code blockSize}
 * @param width     {@code W}, at least 1, divisible by {@code blockSize}
 * @param moments   the mean and standard deviation of {@link NoiseKind#GAUSSIAN} pixels
 * @param blockSize {@code b}, the side of the constant blocks of {@link NoiseKind#BLOCK}, at least 1
 * @param precision the data type of the batches
 */
public record OffManifoldInputs(int count, int channels, int height, int width, ImageMoments moments, int blockSize,
        Precision precision) {

    /**
     * Validates the sizes.
     *
     * @param count see the record component {@code count}
     * @param channels see the record component {@code channels}
     * @param height see the record component {@code height}
     * @param width see the record component {@code width}
     * @param moments see the record component {@code moments}
     * @param blockSize see the record component {@code blockSize}
     * @param precision see the record component {@code precision}
     * @throws IllegalArgumentException if a size is below 1, the batch exceeds {@code Integer.MAX_VALUE}
     *                                  entries, or {@code H} or {@code W} is not divisible by {@code b}
     */
    public OffManifoldInputs {
        Objects.requireNonNull(moments, "moments");
        Objects.requireNonNull(precision, "precision");
        if (count < 1 || channels < 1 || height < 1 || width < 1 || blockSize < 1) {
            throw new IllegalArgumentException("expected N, C, H, W, b >= 1 but got N = " + count + ", C = "
                    + channels + ", H = " + height + ", W = " + width + ", b = " + blockSize);
        }
        if ((long) count * channels * height * width > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("expected at most " + Integer.MAX_VALUE + " entries but got [" + count
                    + ", " + channels + ", " + height + ", " + width + "]");
        }
        if (height % blockSize != 0 || width % blockSize != 0) {
            throw new IllegalArgumentException("expected H and W divisible by the block size b = " + blockSize
                    + " but got H = " + height + ", W = " + width);
        }
    }

    /**
     * Noise batches shaped like a data batch, with its scalar moments and data type.
     *
     * @param images    a data batch {@code [N', C, H, W]}, FLOAT or DOUBLE, finite and not constant
     * @param count     {@code N}, the number of noise images
     * @param blockSize {@code b}, dividing {@code H} and {@code W}
     * @return the generator
     * @throws IllegalArgumentException if {@code images} is not rank 4, FLOAT or DOUBLE, finite and non-constant,
     *                                  or the sizes are invalid
     */
    public static OffManifoldInputs like(INDArray images, int count, int blockSize) {
        Objects.requireNonNull(images, "images");
        if (images.rank() != 4) {
            throw new IllegalArgumentException("expected images [N, C, H, W] but got shape "
                    + Arrays.toString(images.shape()));
        }
        return new OffManifoldInputs(count, (int) images.size(1), (int) images.size(2), (int) images.size(3),
                ImageMoments.of(images), blockSize, Precision.of(images.dataType()));
    }

    /**
     * A batch of the given kind.
     *
     * @param kind the noise
     * @param seed the seed; equal seeds give equal batches
     * @return {@code [N, C, H, W]} in {@link #precision()}
     */
    public INDArray generate(NoiseKind kind, long seed) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case GAUSSIAN -> gaussian(seed);
            case UNIFORM -> uniform(seed);
            case BLOCK -> block(seed);
        };
    }

    /**
     * Independent {@code U[0, 1)} pixels ({@code Random.nextDouble()}); in {@link Precision#FLOAT} a value
     * within {@code 2^-25} of 1 rounds to 1.
     *
     * @param seed the seed
     * @return {@code [N, C, H, W]}
     */
    public INDArray uniform(long seed) {
        Random random = new Random(seed);
        double[] values = new double[count * channels * height * width];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble();
        }
        return toArray(values);
    }

    /**
     * Independent {@code N(mean, std²)} pixels, {@code mean + std · Random.nextGaussian()}.
     *
     * @param seed the seed
     * @return {@code [N, C, H, W]}
     */
    public INDArray gaussian(long seed) {
        Random random = new Random(seed);
        double[] values = new double[count * channels * height * width];
        for (int i = 0; i < values.length; i++) {
            values[i] = moments.mean() + moments.std() * random.nextGaussian();
        }
        return toArray(values);
    }

    /**
     * {@code U[0, 1)} values on the coarse {@code (H/b) × (W/b)} grid of every sample and channel, drawn in
     * row-major order, each repeated over its {@code b × b} block of pixels.
     *
     * @param seed the seed
     * @return {@code [N, C, H, W]}, constant on every aligned {@code b × b} block
     */
    public INDArray block(long seed) {
        Random random = new Random(seed);
        int rows = height / blockSize;
        int cols = width / blockSize;
        double[] values = new double[count * channels * height * width];
        for (int plane = 0; plane < count * channels; plane++) {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    fillBlock(values, plane, i, j, random.nextDouble());
                }
            }
        }
        return toArray(values);
    }

    private void fillBlock(double[] values, int plane, int blockRow, int blockCol, double value) {
        for (int y = blockRow * blockSize; y < (blockRow + 1) * blockSize; y++) {
            int start = (plane * height + y) * width + blockCol * blockSize;
            Arrays.fill(values, start, start + blockSize, value);
        }
    }

    private INDArray toArray(double[] values) {
        long[] shape = {count, channels, height, width};
        return switch (precision) {
            case DOUBLE -> Nd4j.create(values, shape, precision.dataType());
            case FLOAT -> Nd4j.create(toFloats(values), shape, precision.dataType());
        };
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }
}
