package org.gdl4j.counterfactual;

import org.gdl4j.flow.LatentDecoder;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The latent coordinates of a generative model; every latent is admissible. */
record DecoderChart(LatentDecoder decoder) implements Chart {

    @Override
    public long[] latentShape() {
        return decoder.latentShape().clone();
    }

    @Override
    public INDArray encode(INDArray images) {
        return decoder.encode(images);
    }

    @Override
    public SDVariable decode(SameDiff graph, SDVariable latents) {
        return decoder.decode(graph, latents, "decoder");
    }

    @Override
    public void project(INDArray latents) {
        // every latent decodes to an image
    }
}
