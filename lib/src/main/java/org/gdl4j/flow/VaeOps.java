package org.gdl4j.flow;

import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;

/** The graph pieces of a {@link Vae}'s objective and of its networks' reshaping. */
final class VaeOps {

    private VaeOps() {
    }

    /**
     * {@code log p(x|z) = Σ_i [x_i ℓ_i − softplus(ℓ_i)]} for a Bernoulli decoder with logits {@code ℓ}: the
     * negative binary cross-entropy, with {@code softplus(ℓ) = max(ℓ, 0) + log(1 + exp(−|ℓ|))} so that no
     * exponential overflows. {@code [N, C, H, W]} to {@code [N]}.
     */
    static SDVariable bernoulliLogLikelihood(SameDiff sd, SDVariable images, SDVariable logits) {
        SDVariable tail = sd.math().log1p(sd.math().exp(sd.math().abs(logits).neg()));
        SDVariable softplus = sd.nn().relu(logits, 0.0).add(tail);
        return FlowOps.sumPerSample(images.mul(logits).sub(softplus));
    }

    /**
     * {@code KL(N(μ, diag σ²) ‖ N(0, I)) = ½ Σ_j (μ_j² + σ_j² − 1 − log σ_j²)}, closed form. {@code [N, d]} to
     * {@code [N]}.
     */
    static SDVariable klToStandardNormal(SameDiff sd, SDVariable mean, SDVariable logVariance) {
        SDVariable terms = mean.mul(mean).add(sd.math().exp(logVariance)).sub(logVariance).sub(1.0);
        return terms.sum(1).mul(0.5);
    }

    /** The reparameterisation {@code z = μ + exp(½ log σ²) ⊙ ε}, all {@code [N, d]}. */
    static SDVariable reparameterize(SameDiff sd, SDVariable mean, SDVariable logVariance, SDVariable noise) {
        return mean.add(sd.math().exp(logVariance.mul(0.5)).mul(noise));
    }

    /** Columns {@code [from, to)} of a matrix {@code [N, K]}. */
    static SDVariable columns(SDVariable matrix, long from, long to) {
        return matrix.get(SDIndex.all(), SDIndex.interval(from, to));
    }

    /** Reshapes {@code x} to {@code [N, rest…]}, keeping its (possibly unknown) batch size. */
    static SDVariable reshapeBatch(SameDiff sd, SDVariable x, long... rest) {
        SDVariable batch = x.shape().get(SDIndex.interval(0, 1));
        return x.reshape(sd.concat(0, batch, sd.constant(Nd4j.createFromArray(rest))));
    }

    /**
     * Nearest-neighbour upsampling by 2: {@code [N, C, h, w]} to {@code [N, C, 2h, 2w]}, each value copied to a
     * 2×2 block (a broadcast product with ones, whose gradient sums each block).
     */
    static SDVariable upsample(SameDiff sd, SDVariable x, long channels, long height, long width) {
        SDVariable split = reshapeBatch(sd, x, channels, height, 1, width, 1);
        SDVariable ones = sd.constant(Nd4j.ones(x.dataType(), 1, 1, 1, 2, 1, 2));
        return reshapeBatch(sd, split.mul(ones), channels, 2 * height, 2 * width);
    }

    /** A 3×3 SAME convolution with the given stride on NCHW input with YXIO filters (see {@link FlowOps}). */
    static Conv2DConfig convolution(int stride) {
        return Conv2DConfig.builder().kH(3).kW(3).sH(stride).sW(stride)
                .paddingMode(PaddingMode.SAME)
                .dataFormat(Conv2DConfig.NCHW)
                .weightsFormat(WeightsFormat.YXIO)
                .build();
    }
}
