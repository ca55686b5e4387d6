package org.gdl4j.ensemble;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The scalar mean and standard deviation of a batch of images, over all samples, channels and pixels.
 *
 * <p>Scalar moments are the only standardisation that commutes with every pixel permutation (rotations by
 * 90°, flips), so they keep orbit-augmented training exactly invariant (brief pitfall 4); here they
 * parameterise {@link NoiseKind#GAUSSIAN} inputs that match the data's first two moments.
 *
 * @param mean the mean pixel value, finite
 * @param std  the population standard deviation (divisor {@code N·C·H·W}), finite and positive
 */
public record ImageMoments(double mean, double std) {

    /**
     * Validates the moments.
     *
     * @param mean see the record component {@code mean}
     * @param std see the record component {@code std}
     * @throws IllegalArgumentException if {@code mean} is not finite or {@code std} is not finite and positive
     */
    public ImageMoments {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("expected a finite mean but got " + mean);
        }
        if (!(std > 0) || !Double.isFinite(std)) {
            throw new IllegalArgumentException("expected a finite, positive standard deviation but got " + std);
        }
    }

    /**
     * The moments of a batch, computed in double precision.
     *
     * @param images {@code [N, C, H, W]} (any rank works; every entry counts once), finite, not constant
     * @return the scalar mean and population standard deviation
     * @throws IllegalArgumentException if the batch is empty, holds a NaN or infinite value, or is constant
     */
    public static ImageMoments of(INDArray images) {
        Objects.requireNonNull(images, "images");
        if (images.length() == 0) {
            throw new IllegalArgumentException("expected a non-empty image batch but got shape "
                    + Arrays.toString(images.shape()));
        }
        double[] values = images.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double mean = 0;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("expected finite pixel values but found " + v);
            }
            mean += v;
        }
        mean /= values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new ImageMoments(mean, Math.sqrt(squares / values.length));
    }
}
