package org.gdl4j.ntk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A data set of images of one shape, in double precision, for {@link Gram} matrices.
 *
 * <p>Shapes: {@code N} images of {@code [C, H, W]} each (see {@link PlanarImage}).
 *
 * @param images the images, at least one, all of one shape
 */
public record ImageSet(List<PlanarImage> images) {

    /**
     * Copies the list and checks the shapes.
     *
     * @param images the images, at least one, all of one shape
     * @throws IllegalArgumentException if the list is empty or the shapes differ
     */
    public ImageSet {
        images = List.copyOf(Objects.requireNonNull(images, "images"));
        if (images.isEmpty()) {
            throw new IllegalArgumentException("expected at least one image but got none");
        }
        PlanarImage first = images.get(0);
        for (int n = 1; n < images.size(); n++) {
            if (!images.get(n).sameShape(first)) {
                throw new IllegalArgumentException("expected every image of shape " + first.shape()
                        + " but image " + n + " has " + images.get(n).shape());
            }
        }
    }

    /**
     * One-channel images from flattened rows.
     *
     * <p>Shapes: {@code pixels [N][H·W]} row-major, result {@code N × [1, H, W]}.
     *
     * @param pixels images, one row each; copied
     * @param height {@code H}
     * @param width  {@code W}
     * @return the data set
     * @throws IllegalArgumentException if a row does not hold {@code H·W} values
     */
    public static ImageSet grayscale(double[][] pixels, int height, int width) {
        List<PlanarImage> list = new ArrayList<>(pixels.length);
        for (double[] row : pixels) {
            list.add(new PlanarImage(1, height, width, row.clone()));
        }
        return new ImageSet(list);
    }

    /**
     * Images from an ND4J array, converted to double once.
     *
     * <p>Shapes: {@code images [N, C, H, W]} (NCHW), any floating-point type.
     *
     * @param images the array; not modified
     * @return the data set
     * @throws IllegalArgumentException if the array is not of rank 4
     */
    public static ImageSet fromNchw(INDArray images) {
        Objects.requireNonNull(images, "images");
        if (images.rank() != 4) {
            throw new IllegalArgumentException("expected images [N, C, H, W] but got shape "
                    + java.util.Arrays.toString(images.shape()));
        }
        int n = (int) images.size(0);
        int c = (int) images.size(1);
        int h = (int) images.size(2);
        int w = (int) images.size(3);
        double[] all = images.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        List<PlanarImage> list = new ArrayList<>(n);
        int size = c * h * w;
        for (int i = 0; i < n; i++) {
            list.add(new PlanarImage(c, h, w, java.util.Arrays.copyOfRange(all, i * size, (i + 1) * size)));
        }
        return new ImageSet(list);
    }

    /**
     * The number of images.
     *
     * @return {@code N}
     */
    public int size() {
        return images.size();
    }

    /**
     * One image.
     *
     * @param index {@code 0 ≤ index < N}
     * @return the image
     */
    public PlanarImage get(int index) {
        return images.get(index);
    }

    /**
     * Every image turned by the same multiple of 90° (see {@link PlanarImage#rotate90}).
     *
     * @param quarterTurns counter-clockwise quarter turns
     * @return the rotated data set
     */
    public ImageSet rotate90(int quarterTurns) {
        return new ImageSet(images.stream().map(image -> image.rotate90(quarterTurns)).toList());
    }

    /**
     * The full orbit under C4: for each image its four rotations, image-major
     * ({@code x_0, rot x_0, rot² x_0, rot³ x_0, x_1, ...}).
     *
     * @return {@code 4N} images
     */
    public ImageSet c4Orbits() {
        List<PlanarImage> list = new ArrayList<>(4 * images.size());
        for (PlanarImage image : images) {
            for (int r = 0; r < 4; r++) {
                list.add(image.rotate90(r));
            }
        }
        return new ImageSet(list);
    }

    /**
     * A short description.
     *
     * @return count and shape
     */
    @Override
    public String toString() {
        return "ImageSet[" + images.size() + " × " + images.get(0).shape() + "]";
    }
}
