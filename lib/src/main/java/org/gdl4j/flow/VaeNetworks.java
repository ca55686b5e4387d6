package org.gdl4j.flow;

import org.gdl4j.nn.ParameterRole;
import org.gdl4j.nn.ParameterSpec;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * The encoder and decoder networks of a {@link Vae} (layers as described by {@link VaeNetwork}). Dense weights
 * are {@code [in, out]}, convolution filters {@code [out, in, 3, 3]} (OIYX, permuted to YXIO for SameDiff),
 * biases {@code [out]}; parameter names are {@code encoder/…} and {@code decoder/…}.
 */
final class VaeNetworks {

    private VaeNetworks() {
    }

    /** The encoder: images {@code [N, C, H, W]} to {@code [N, 2d]}, the posterior means then log-variances. */
    static SDVariable encoder(SameDiff sd, VaeWeights weights, VaeArchitecture a, SDVariable images) {
        ImageShape image = a.image();
        long out = 2L * a.latentDimension();
        if (a.network() == VaeNetwork.MLP) {
            SDVariable h = VaeOps.reshapeBatch(sd, images, image.dimension());
            return hiddenThenDense(sd, weights, a, "encoder", h, image.dimension(), out);
        }
        SDVariable h = images;
        long channels = image.channels();
        for (int s = 0; s < a.depth(); s++) {
            h = a.activation().apply(sd, conv(sd, weights, "encoder/conv" + s, h, channels, a.width(), 2));
            channels = a.width();
        }
        int[] coarse = a.coarseSize();
        long flat = (long) a.width() * coarse[0] * coarse[1];
        return dense(weights, "encoder/dense", VaeOps.reshapeBatch(sd, h, flat), flat, out);
    }

    /** The decoder: latents {@code [N, d]} to Bernoulli logits {@code [N, C, H, W]}. */
    static SDVariable decoderLogits(SameDiff sd, VaeWeights weights, VaeArchitecture a, SDVariable latents) {
        ImageShape image = a.image();
        long d = a.latentDimension();
        if (a.network() == VaeNetwork.MLP) {
            SDVariable flat = hiddenThenDense(sd, weights, a, "decoder", latents, d, image.dimension());
            return VaeOps.reshapeBatch(sd, flat, image.channels(), image.height(), image.width());
        }
        int[] coarse = a.coarseSize();
        long width = a.width();
        SDVariable h = dense(weights, "decoder/dense", latents, d, width * coarse[0] * coarse[1]);
        h = VaeOps.reshapeBatch(sd, a.activation().apply(sd, h), width, coarse[0], coarse[1]);
        for (int s = 0; s < a.depth(); s++) {
            long size = 1L << s;
            h = VaeOps.upsample(sd, h, width, coarse[0] * size, coarse[1] * size);
            boolean last = s == a.depth() - 1;
            h = conv(sd, weights, "decoder/conv" + s, h, width, last ? image.channels() : a.width(), 1);
            h = last ? h : a.activation().apply(sd, h);
        }
        return h;
    }

    private static SDVariable hiddenThenDense(SameDiff sd, VaeWeights weights, VaeArchitecture a, String prefix,
                                              SDVariable x, long in, long out) {
        SDVariable h = x;
        long fanIn = in;
        for (int i = 0; i < a.depth(); i++) {
            h = a.activation().apply(sd, dense(weights, prefix + "/dense" + i, h, fanIn, a.width()));
            fanIn = a.width();
        }
        return dense(weights, prefix + "/dense" + a.depth(), h, fanIn, out);
    }

    private static SDVariable dense(VaeWeights weights, String name, SDVariable x, long in, long out) {
        SDVariable w = weights.parameter(new ParameterSpec(name + "/weight", new long[] {in, out}, in,
                ParameterRole.WEIGHT));
        SDVariable b = weights.parameter(new ParameterSpec(name + "/bias", new long[] {out}, 1, ParameterRole.BIAS));
        return x.mmul(w).add(b);
    }

    private static SDVariable conv(SameDiff sd, VaeWeights weights, String name, SDVariable x, long in, long out,
                                   int stride) {
        SDVariable filters = weights.parameter(new ParameterSpec(name + "/weight", new long[] {out, in, 3, 3},
                in * 9, ParameterRole.WEIGHT));
        SDVariable b = weights.parameter(new ParameterSpec(name + "/bias", new long[] {out}, 1, ParameterRole.BIAS));
        return sd.cnn().conv2d(x, filters.permute(2, 3, 1, 0), b, VaeOps.convolution(stride));
    }
}
