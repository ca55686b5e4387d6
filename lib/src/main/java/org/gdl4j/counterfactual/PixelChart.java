package org.gdl4j.counterfactual;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Pixel coordinates: the image is its own coordinate vector, projected onto {@code [0, 1]} after each step. */
record PixelChart(long[] sampleShape) implements Chart {

    @Override
    public long[] latentShape() {
        return sampleShape.clone();
    }

    @Override
    public INDArray encode(INDArray images) {
        return Transforms.min(Transforms.max(images, 0.0, true), 1.0, false);
    }

    @Override
    public SDVariable decode(SameDiff graph, SDVariable latents) {
        return latents;
    }

    @Override
    public void project(INDArray latents) {
        Transforms.max(latents, 0.0, false);
        Transforms.min(latents, 1.0, false);
    }
}
