package org.gdl4j.flow;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The data side of a flow on 8-bit images (Dinh et al., ICLR 2017, §4.1; Dombrowski et al., IEEE TPAMI):
 * quantise {@code x ∈ [0, 1]} to {@code n} bits, {@code q = floor(255x / 2^{8−n})}, and dequantise to
 * {@code x_c = (q + u)/2^n}, with {@code u ~ U(0, 1)} for training and the cell midpoint {@code u = 1/2} for
 * encoding (round-trip error at most {@code 0.5/2^n}). The density of {@code x_c} on {@code [0, 1]^D} gives
 * the bits per dimension {@code bpd = (−log p(x_c)/D + n·ln 2)/ln 2}.
 *
 * <p>Shapes: images {@code [N, C, H, W]} (any shape works) in and out.
 *
 * @param bits {@code n ∈ [1, 8]}
 */
public record Quantization(int bits) {

    /** Validates the bit depth. */
    public Quantization {
        if (bits < 1 || bits > 8) {
            throw new IllegalArgumentException("expected 1 to 8 bits but got " + bits);
        }
    }

    /** @return 8-bit quantisation */
    public static Quantization eightBit() {
        return new Quantization(8);
    }

    /** @return {@code 2^n}, the number of levels */
    public int levels() {
        return 1 << bits;
    }

    /**
     * Dequantises with uniform noise, for training.
     *
     * @param images values in {@code [0, 1]}
     * @param random the noise source
     * @return {@code (q + u)/2^n} in float64, same shape
     * @throws IllegalArgumentException for values outside {@code [0, 1]} or not finite
     */
    public INDArray dequantize(INDArray images, Random random) {
        INDArray q = levelsOf(images);
        double[] noise = new double[(int) q.length()];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextDouble();
        }
        return q.addi(Nd4j.create(noise, q.shape().clone(), DataType.DOUBLE)).divi(levels());
    }

    /**
     * Dequantises to the cell midpoints, for encoding.
     *
     * @param images values in {@code [0, 1]}
     * @return {@code (q + 1/2)/2^n} in float64, same shape
     * @throws IllegalArgumentException for values outside {@code [0, 1]} or not finite
     */
    public INDArray midpoint(INDArray images) {
        return levelsOf(images).addi(0.5).divi(levels());
    }

    /**
     * Bits per dimension of a log-density of dequantised images.
     *
     * @param logLikelihood {@code log p(x_c)} in nats, per image
     * @param dimension {@code D}
     * @return {@code (−log p(x_c)/D + n·ln 2)/ln 2}
     */
    public double bitsPerDimension(double logLikelihood, long dimension) {
        return (-logLikelihood / dimension + bits * Math.log(2)) / Math.log(2);
    }

    /** {@code q = floor(255x / 2^{8−n})}, with 255 at x = 1 mapped into the top level. */
    private INDArray levelsOf(INDArray images) {
        double min = images.minNumber().doubleValue();
        double max = images.maxNumber().doubleValue();
        if (!Double.isFinite(images.sumNumber().doubleValue()) || !(min >= 0 && max <= 1)) {
            throw new IllegalArgumentException("expected finite images in [0, 1] but got values in [" + min + ", "
                    + max + "]");
        }
        INDArray scaled = images.castTo(DataType.DOUBLE).mul(255.0 / (1 << (8 - bits)));
        return org.nd4j.linalg.ops.transforms.Transforms.floor(scaled.addi(1e-9), false);
    }
}
