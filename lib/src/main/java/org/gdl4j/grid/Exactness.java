package org.gdl4j.grid;

/**
 * Whether an action on a sampled grid is exact or interpolated, which decides the tolerance of an
 * equivariance check.
 *
 * <p>On a square pixel grid the quarter turns and the mirror {@code x → −x} map pixel centres onto pixel
 * centres, so they act by permuting pixels ({@link #EXACT}); any other rotation moves pixel centres between
 * grid points and is resampled ({@link #INTERPOLATED}), whose error depends on how smooth the image is.
 */
public enum Exactness {
    /**
     * The action permutes pixels (and permutes or linearly mixes channels by {@code ρ(g)}); apart from the
     * rounding of a channel mixing, the result carries no error. Checks use the exact tolerance of their
     * precision.
     */
    EXACT,
    /**
     * The action resamples the image by bilinear interpolation, with zeros outside the image; checks use a
     * looser tolerance that the caller states, on smooth images masked to a disc.
     */
    INTERPOLATED
}
