package org.gdl4j.ensemble;

/**
 * Which training set an {@link InfiniteEnsemble} is trained on: the original images, or the full C4 orbit of
 * every image with its label repeated, and for the orbit how its kernel is formed.
 *
 * <p>{@link #FULL_C4} and {@link #FULL_C4_GROUP_SUMMED} describe the same ensemble, trained on the same
 * {@code 4N} samples with the loss averaged over their {@code n = 4N·k} target entries; they give the same mean
 * prediction up to rounding (Gerken and Kessel, ICML 2024, arXiv:2403.03103; see {@link GroupSummedKernel})
 * and differ only in cost. Both need square images, since only then is a 90° rotation a pixel permutation
 * that keeps the shape.
 */
public enum OrbitAugmentation {

    /** The {@code N} training images as given; the mean prediction is in general not invariant. */
    NONE,

    /**
     * The {@code 4N} images of the C4 orbits, image-major as {@link org.gdl4j.ntk.ImageSet#c4Orbits}: index
     * {@code 4i + g} holds {@code x_i} turned by {@code g} counter-clockwise quarter turns, with the label of
     * {@code x_i}. Costs a {@code 4N × 4N} training Gram ({@code ≈ 8N²} kernel pairs) and an
     * {@code O(64 N³)} eigendecomposition.
     */
    FULL_C4,

    /**
     * The ensemble of {@link #FULL_C4}, computed as kernel flow with the orbit-mean kernel
     * {@code (1/4) Σ_h θ(x, h·x')} on the {@code N} original images ({@link GroupSummedKernel}). Costs an
     * {@code N × N} training Gram from {@code 4N²} kernel pairs and an {@code O(N³)} eigendecomposition, which
     * makes it the choice beyond a few hundred images. Needs an invariant kernel, {@code θ(gx, gx') = θ(x, x')}
     * (true for MLPs with i.i.d. first-layer weights and for CNNs with global average pooling).
     */
    FULL_C4_GROUP_SUMMED
}
