package org.gdl4j.nn;

import java.util.Objects;
import org.gdl4j.group.FiniteGroup;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Flattens an image of plain channels into one vector, so that fully connected networks (MLPs) can read
 * images: entry {@code c·H·W + i·W + j} of the output is channel {@code c}, row {@code i}, column {@code j}.
 *
 * <p>Shapes: input {@code [N, C, H, W]}, output {@code [N, C·H·W]}; an input of another {@code H×W} fails
 * when the graph runs, since its entries cannot fill {@code N} rows of {@code C·H·W}. The output's channels are plain, i.e.
 * trivial fields of the trivial group: a rotation of the image permutes them, so a dense layer after a
 * flatten is not equivariant — which is what the deep-ensemble experiments of Gerken and Kessel (ICML 2024)
 * need, where equivariance emerges from augmentation and not from the architecture.
 */
public final class Flatten extends TypedLayer {

    private final int height;
    private final int width;

    /**
     * Creates the layer.
     *
     * @param inType plain channels ({@link FieldType#plain}), {@code C} of them
     * @param height {@code H ≥ 1}
     * @param width {@code W ≥ 1}
     * @throws IllegalArgumentException if the channels belong to a non-trivial group or a size is below 1
     */
    public Flatten(FieldType inType, int height, int width) {
        super(requirePlain(inType), FieldType.plain(Math.multiplyExact(inType.size(), Math.multiplyExact(
                requirePositive(height, "height"), requirePositive(width, "width")))));
        this.height = height;
        this.width = width;
    }

    private static FieldType requirePlain(FieldType inType) {
        Objects.requireNonNull(inType, "inType");
        FiniteGroup<?> group = inType.group();
        if (group.order() != 1 || inType.kind() != FieldKind.TRIVIAL) {
            throw new IllegalArgumentException("flatten expects plain channels (FieldType.plain) but got " + inType
                    + "; pool over the group axis first");
        }
        return inType;
    }

    private static int requirePositive(int size, String name) {
        if (size < 1) {
            throw new IllegalArgumentException("expected an image " + name + " ≥ 1 but got " + size);
        }
        return size;
    }

    /** @return {@code H} */
    public int height() {
        return height;
    }

    /** @return {@code W} */
    public int width() {
        return width;
    }

    @Override
    public GeometricTensor define(NetworkGraph graph, GeometricTensor input) {
        input.require(inType(), name());
        SameDiff sd = graph.sameDiff();
        SDVariable x = input.in(Layout.CHANNELS_FIRST).value();
        SDVariable batch = x.shape().get(SDIndex.interval(0, 1));
        SDVariable target = sd.concat(0, batch, sd.constant(Nd4j.createFromArray((long) outType().size())));
        return new GeometricTensor(x.reshape(target), outType());
    }

    @Override
    public String name() {
        return "flatten";
    }

    @Override
    public String toString() {
        return "flatten(" + inType().size() + "×" + height + "×" + width + " → " + outType().size() + ")";
    }
}
