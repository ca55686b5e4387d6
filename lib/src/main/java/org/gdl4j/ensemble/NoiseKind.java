package org.gdl4j.ensemble;

/**
 * The off-manifold evaluation sets of {@link OffManifoldInputs}: images no training sample resembles, on
 * which emergent invariance of deep ensembles is tested away from the data (Gerken and Kessel, ICML 2024,
 * arXiv 2403.03103, claim invariance "on and off the data manifold").
 */
public enum NoiseKind {
    /** Independent {@code N(mean, std²)} pixels with the data's scalar {@link ImageMoments}. */
    GAUSSIAN,
    /** Independent {@code U[0, 1)} pixels. */
    UNIFORM,
    /**
     * {@code U[0, 1)} values on a coarse {@code (H/b) × (W/b)} grid, each repeated over a {@code b × b} block
     * of pixels (nearest-neighbour upsampling), e.g. 7×7 blocks of 4×4 pixels on 28×28 images.
     */
    BLOCK
}
