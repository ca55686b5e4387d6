package org.gdl4j.flow;

import java.util.Arrays;
import java.util.Random;
import org.gdl4j.Precision;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Checks the arrays handed to a {@link Vae} and casts them to its precision. */
final class VaeInputs {

    private VaeInputs() {
    }

    /** Images {@code [N, C, H, W]}, finite. */
    static INDArray images(VaeArchitecture a, INDArray images, Precision precision) {
        a.image().requireBatch(images, "images");
        requireFinite(images, "images");
        return images.castTo(precision.dataType());
    }

    /** Images {@code [N, C, H, W]} with values in {@code [0, 1]}, as the Bernoulli likelihood needs. */
    static INDArray unitImages(VaeArchitecture a, INDArray images, Precision precision, String what) {
        a.image().requireBatch(images, what);
        requireFinite(images, what);
        double min = images.minNumber().doubleValue();
        double max = images.maxNumber().doubleValue();
        if (!(min >= 0 && max <= 1)) {
            throw new IllegalArgumentException("expected " + what + " with values in [0, 1] (a Bernoulli likelihood)"
                    + " but got values in [" + min + ", " + max + "]");
        }
        return images.castTo(precision.dataType());
    }

    /** Latents or noise {@code [N, d]}, finite. */
    static INDArray latents(VaeArchitecture a, INDArray latents, Precision precision, String what) {
        long[] shape = latents.shape().clone();
        if (shape.length != 2 || shape[1] != a.latentDimension()) {
            throw new IllegalArgumentException("expected " + what + " [N, " + a.latentDimension() + "] but got "
                    + Arrays.toString(shape));
        }
        requireFinite(latents, what);
        return latents.castTo(precision.dataType());
    }

    static void requireFinite(INDArray values, String what) {
        if (!Double.isFinite(values.sumNumber().doubleValue())) {
            throw new IllegalArgumentException("expected finite " + what + " but got NaN or infinite values");
        }
    }

    /** {@code n·d} standard-normal values {@code [n, d]} in float64 from a seeded generator. */
    static INDArray gaussian(Random random, long n, long d) {
        double[] values = new double[Math.toIntExact(n * d)];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        return Nd4j.create(values, new long[] {n, d}, DataType.DOUBLE);
    }
}
