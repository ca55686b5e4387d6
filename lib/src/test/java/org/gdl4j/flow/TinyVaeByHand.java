package org.gdl4j.flow;

/**
 * The ELBO terms of a one-hidden-layer tanh MLP VAE computed with plain double loops, as a reference for
 * {@link Vae#terms}: {@code h = tanh(x W0 + b0)}, {@code [μ, log σ²] = h W1 + b1}, {@code z = μ + e^{log σ²/2} ε},
 * {@code ℓ = tanh(z V0 + c0) V1 + c1}.
 */
final class TinyVaeByHand {

    private TinyVaeByHand() {
    }

    /** @return {reconstruction, KL} of one flattened image with its noise */
    static double[] terms(Vae vae, double[] x, double[] noise) {
        int d = noise.length;
        double[] h = tanh(affine(vae, "encoder/dense0", x));
        double[] statistics = affine(vae, "encoder/dense1", h);
        double[] z = new double[d];
        double kl = 0;
        for (int j = 0; j < d; j++) {
            double mu = statistics[j];
            double logVar = statistics[d + j];
            z[j] = mu + Math.exp(0.5 * logVar) * noise[j];
            kl += 0.5 * (mu * mu + Math.exp(logVar) - 1 - logVar);
        }
        double[] logits = affine(vae, "decoder/dense1", tanh(affine(vae, "decoder/dense0", z)));
        double reconstruction = 0;
        for (int i = 0; i < x.length; i++) {
            double p = 1 / (1 + Math.exp(-logits[i]));
            reconstruction += x[i] * Math.log(p) + (1 - x[i]) * Math.log(1 - p);
        }
        return new double[] {reconstruction, kl};
    }

    private static double[] affine(Vae vae, String layer, double[] in) {
        double[][] w = vae.parameter(layer + "/weight").toDoubleMatrix();
        double[] out = vae.parameter(layer + "/bias").toDoubleVector();
        for (int o = 0; o < out.length; o++) {
            for (int i = 0; i < in.length; i++) {
                out[o] += in[i] * w[i][o];
            }
        }
        return out;
    }

    private static double[] tanh(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.tanh(v[i]);
        }
        return out;
    }
}
