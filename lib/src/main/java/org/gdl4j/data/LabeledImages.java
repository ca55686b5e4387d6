package org.gdl4j.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * An image classification data set: {@code N} images of {@code C} channels and {@code H × W} pixels,
 * each with one class label.
 *
 * <p>Images are a float32 ND4J array {@code [N, C, H, W]} (NCHW, row 0 on top) with pixel values in
 * [0, 1]; labels are class indices in {@code [0, numClasses())}; class {@code c} is called
 * {@code classNames().get(c)}. The constructor checks all of this, so a {@code LabeledImages} is
 * always consistent. It holds at least one image.
 *
 * <p>The images array is shared, not copied, to keep 60 000 images at 188 MB once: treat
 * {@link #images()} as read-only. {@link #select} and {@link #head} return independent copies.
 */
public final class LabeledImages {

    private final INDArray images;
    private final int[] labels;
    private final List<String> classNames;

    /**
     * A data set from its parts, validated.
     *
     * @param images {@code [N, C, H, W]}, float32, values in [0, 1], {@code N ≥ 1}; kept, not copied
     * @param labels {@code [N]}, each in {@code [0, classNames.size())}; copied
     * @param classNames one name per class, at least one; copied
     * @throws IllegalArgumentException naming the expected and actual shape, count or value
     */
    public LabeledImages(INDArray images, int[] labels, List<String> classNames) {
        this.images = checkImages(Objects.requireNonNull(images, "images"));
        this.labels = Objects.requireNonNull(labels, "labels").clone();
        this.classNames = List.copyOf(classNames);
        if (this.labels.length != size()) {
            throw new IllegalArgumentException("expected one label per image: " + size() + " images but "
                    + this.labels.length + " labels");
        }
        if (this.classNames.isEmpty()) {
            throw new IllegalArgumentException("expected at least one class name but got none");
        }
        checkLabelRange(this.labels, this.classNames.size());
    }

    private static INDArray checkImages(INDArray images) {
        if (images.rank() != 4 || images.dataType() != DataType.FLOAT || images.size(0) < 1) {
            throw new IllegalArgumentException("expected images [N, C, H, W] of FLOAT with N ≥ 1 but got "
                    + images.dataType() + " " + Arrays.toString(images.shape()));
        }
        double min = images.minNumber().doubleValue();
        double max = images.maxNumber().doubleValue();
        if (!(min >= 0 && max <= 1)) {
            throw new IllegalArgumentException("expected pixel values in [0, 1] but they range over ["
                    + min + ", " + max + "]");
        }
        return images;
    }

    private static void checkLabelRange(int[] labels, int numClasses) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException("label " + labels[i] + " of image " + i + " is outside [0, "
                        + numClasses + ") (" + numClasses + " class names)");
            }
        }
    }

    /** Class names {@code "0"}, {@code "1"}, ..., for data sets whose classes have no names. */
    public static List<String> indexClassNames(int numClasses) {
        if (numClasses < 1) {
            throw new IllegalArgumentException("numClasses must be at least 1 but was " + numClasses);
        }
        return IntStream.range(0, numClasses).mapToObj(Integer::toString).toList();
    }

    /** The images {@code [N, C, H, W]}, float32 in [0, 1]; the backing array, not a copy. */
    public INDArray images() {
        return images;
    }

    /** The labels {@code [N]} (a copy). */
    public int[] labels() {
        return labels.clone();
    }

    /** The label of image {@code index}. */
    public int label(int index) {
        return labels[Objects.checkIndex(index, labels.length)];
    }

    /** The class names, index {@code c} naming class {@code c}. */
    public List<String> classNames() {
        return classNames;
    }

    /** Number of images {@code N}. */
    public int size() {
        return (int) images.size(0);
    }

    /** Number of channels {@code C} (1 for grayscale, 3 for RGB). */
    public int channels() {
        return (int) images.size(1);
    }

    /** Image height {@code H} in pixels. */
    public int height() {
        return (int) images.size(2);
    }

    /** Image width {@code W} in pixels. */
    public int width() {
        return (int) images.size(3);
    }

    /** Number of classes, {@code classNames().size()}. */
    public int numClasses() {
        return classNames.size();
    }

    /** The labels one-hot: float32 {@code [N, numClasses()]}, row {@code i} has a 1 at column {@code label(i)}. */
    public INDArray oneHotLabels() {
        float[] oneHot = new float[labels.length * numClasses()];
        for (int i = 0; i < labels.length; i++) {
            oneHot[i * numClasses() + labels[i]] = 1f;
        }
        return Nd4j.create(oneHot, new long[] {labels.length, numClasses()}, DataType.FLOAT);
    }

    /**
     * The images at {@code indices}, in that order (repeats allowed), as a new data set with the same
     * class names.
     *
     * @param indices at least one, each in {@code [0, size())}
     * @return images {@code [indices.length, C, H, W]} (a copy)
     */
    public LabeledImages select(int... indices) {
        if (indices.length == 0) {
            throw new IllegalArgumentException("expected at least one index to select but got none");
        }
        int[] picked = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = labels[Objects.checkIndex(indices[i], size())];
        }
        long pixels = images.length() / size();
        INDArray rows = images.reshape('c', size(), pixels).getRows(indices);
        INDArray chosen = rows.reshape('c', indices.length, channels(), height(), width());
        return new LabeledImages(chosen, picked, classNames);
    }

    /**
     * The first {@code min(n, size())} images.
     *
     * @param n at least 1
     */
    public LabeledImages head(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1 but was " + n);
        }
        return select(IntStream.range(0, Math.min(n, size())).toArray());
    }

    /**
     * The same images at lower resolution: each {@code factor×factor} block of pixels becomes its mean, as in
     * the quick-scale notebooks (28×28 FashionMNIST at 14×14 or 7×7).
     *
     * @param factor the block size, at least 1, dividing both {@code H} and {@code W}
     * @return images {@code [N, C, H/factor, W/factor]} with the same labels
     * @throws IllegalArgumentException if {@code factor} does not divide the image size
     */
    public LabeledImages downsample(int factor) {
        if (factor < 1 || height() % factor != 0 || width() % factor != 0) {
            throw new IllegalArgumentException("the downsampling factor must divide the image size " + height() + "×"
                    + width() + " but is " + factor);
        }
        if (factor == 1) {
            return this;
        }
        long[] blocks = {size(), channels(), height() / factor, factor, width() / factor, factor};
        INDArray means = images.dup('c').reshape('c', blocks).mean(3, 5);
        return new LabeledImages(means.castTo(images.dataType()), labels, classNames);
    }

    /**
     * The same images with a border of {@code border} pixels removed on every side, e.g. to make the size a
     * multiple of a network's total pooling factor (FashionMNIST's 28×28 images have an empty margin).
     *
     * @param border pixels removed on each side, at least 0 and less than half the image size
     * @return images {@code [N, C, H − 2·border, W − 2·border]} with the same labels
     * @throws IllegalArgumentException if nothing would remain
     */
    public LabeledImages crop(int border) {
        if (border < 0 || 2 * border >= Math.min(height(), width())) {
            throw new IllegalArgumentException("the border must be in [0, " + (Math.min(height(), width()) + 1) / 2
                    + ") for " + height() + "×" + width() + " images but is " + border);
        }
        INDArray inner = images.get(NDArrayIndex.all(), NDArrayIndex.all(),
                NDArrayIndex.interval(border, height() - border), NDArrayIndex.interval(border, width() - border));
        return new LabeledImages(inner.dup('c'), labels, classNames);
    }

    /** The number of images per class, as a table (class index, class name, count). */
    public ClassCounts classCounts() {
        int[] counts = new int[numClasses()];
        for (int label : labels) {
            counts[label]++;
        }
        return new ClassCounts(classNames, counts);
    }

    /** For example {@code LabeledImages[N=10000, C=1, H=28, W=28, classes=10]}. */
    @Override
    public String toString() {
        return "LabeledImages[N=" + size() + ", C=" + channels() + ", H=" + height() + ", W=" + width()
                + ", classes=" + numClasses() + "]";
    }
}
