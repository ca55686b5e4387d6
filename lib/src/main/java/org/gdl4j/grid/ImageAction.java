package org.gdl4j.grid;

import java.util.Objects;
import java.util.OptionalInt;
import org.gdl4j.group.PlanarSymmetry;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The action of planar symmetries on images by moving pixels: {@code (g·x)(p) = x(g⁻¹·p)}.
 *
 * <p><b>Geometry.</b> A pixel in row {@code i}, column {@code j} of an {@code H×W} image sits at the point
 * {@code (x, y) = (j − (W−1)/2, (H−1)/2 − i)}: the origin is the image centre, {@code x} points right and
 * {@code y} points up (row 0 is on top). An element {@code g} with matrix {@code M = g.matrix()} (see
 * {@link PlanarSymmetry}) moves the content at {@code p} to {@code M·p}, so positive angles turn the image
 * counter-clockwise as displayed: by {@code +90°} the pixel right of the centre moves above the centre, and
 * the mirror {@code s: x → −x} flips the columns. Channels and samples are transformed alike.
 *
 * <p><b>Exact and interpolated elements.</b> When the angle of {@code g} is a multiple of {@code 90°} the
 * action is a permutation of pixels, computed by one gather and bit-exact; an odd number of quarter turns
 * needs a square image. Any other angle (such as the {@code 45°} turns of C8) resamples the image by
 * bilinear interpolation, treating everything outside the image as zero; {@link #exactness} says which case
 * applies. Source coordinates within {@code 1e-9} pixels of a grid point are snapped to it, so interpolating
 * a quarter turn reproduces the permutation. {@link #bilinear()} interpolates for every element, which is how the interpolation is tested
 * against the exact permutations.
 *
 * <p>Shapes: input and output {@code [N, C, H, W]}, FLOAT or DOUBLE; the output keeps the input's data
 * type. The action is pure and immutable, hence safe to share.
 */
public final class ImageAction implements ArrayAction<PlanarSymmetry> {

    /** How close (in multiples of a quarter turn, or in pixels) a value must be to an integer to count as one. */
    static final double SNAP = 1e-9;

    private enum Resampling { PERMUTATION_WHERE_EXACT, BILINEAR }

    private static final ImageAction EXACT_WHERE_POSSIBLE = new ImageAction(Resampling.PERMUTATION_WHERE_EXACT);
    private static final ImageAction BILINEAR = new ImageAction(Resampling.BILINEAR);

    private final Resampling resampling;

    private ImageAction(Resampling resampling) {
        this.resampling = resampling;
    }

    /**
     * The action that permutes pixels for multiples of {@code 90°} and interpolates bilinearly otherwise.
     *
     * @return the standard image action
     */
    public static ImageAction exactWherePossible() {
        return EXACT_WHERE_POSSIBLE;
    }

    /**
     * The action that interpolates bilinearly for every element, quarter turns included; non-square images
     * may be turned by {@code 90°}, losing what leaves the frame.
     *
     * @return the always-interpolating image action
     */
    public static ImageAction bilinear() {
        return BILINEAR;
    }

    /**
     * Whether {@code g} acts on an {@code H×W} grid by a pixel permutation or by interpolation.
     *
     * @param g      the element
     * @param height {@code H ≥ 1}
     * @param width  {@code W ≥ 1}
     * @return {@link Exactness#EXACT} for multiples of {@code 90°} under {@link #exactWherePossible()},
     *         {@link Exactness#INTERPOLATED} otherwise
     * @throws IllegalArgumentException if a size is below 1, or {@code g} is an odd number of quarter turns,
     *                                  the image is not square and this action permutes pixels
     */
    public Exactness exactness(PlanarSymmetry g, int height, int width) {
        Objects.requireNonNull(g, "g");
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("expected an image of at least 1×1 pixels but got "
                    + height + "×" + width);
        }
        if (resampling == Resampling.BILINEAR) {
            return Exactness.INTERPOLATED;
        }
        OptionalInt quarters = quarterTurns(g);
        if (quarters.isEmpty()) {
            return Exactness.INTERPOLATED;
        }
        if (quarters.getAsInt() % 2 == 1 && height != width) {
            throw new IllegalArgumentException("expected a square image for a " + 90 * quarters.getAsInt()
                    + "° rotation but got " + height + "×" + width + " (element " + g + ")");
        }
        return Exactness.EXACT;
    }

    /**
     * The transformed images {@code g·x}.
     *
     * <p>Shapes: {@code images [N, C, H, W]} (FLOAT or DOUBLE), result {@code [N, C, H, W]} of the same data
     * type; a fresh array, {@code images} is not modified.
     *
     * @param g      the element
     * @param images the images
     * @return the images moved by {@code g}
     * @throws IllegalArgumentException if the images are not a non-empty rank-4 FLOAT or DOUBLE array, or
     *                                  {@code g} needs a square image (see {@link #exactness})
     */
    @Override
    public INDArray apply(PlanarSymmetry g, INDArray images) {
        ImageArrays.requireImages(images);
        return stencil(g, ImageArrays.height(images), ImageArrays.width(images)).apply(images);
    }

    private PixelStencil stencil(PlanarSymmetry g, int height, int width) {
        if (exactness(g, height, width) == Exactness.EXACT) {
            return PixelMaps.permutation(rounded(g.matrix()), height, width);
        }
        return PixelMaps.bilinear(g.matrix(), height, width);
    }

    /**
     * The number of quarter turns in the rotation part of {@code g}, if its angle is a multiple of
     * {@code 90°} (to within {@link #SNAP} of a quarter turn).
     */
    static OptionalInt quarterTurns(PlanarSymmetry g) {
        double quarters = g.angle() / (Math.PI / 2);
        long nearest = Math.round(quarters);
        if (Math.abs(quarters - nearest) > SNAP) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.floorMod(nearest, 4L));
    }

    private static int[][] rounded(double[][] m) {
        int[][] r = new int[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                r[i][j] = (int) Math.round(m[i][j]);
            }
        }
        return r;
    }

    /**
     * A short description, {@code "image action (permutation where exact)"} or
     * {@code "image action (bilinear)"}.
     *
     * @return the kind of resampling
     */
    @Override
    public String toString() {
        return resampling == Resampling.BILINEAR ? "image action (bilinear)"
                : "image action (permutation where exact)";
    }
}
