package org.gdl4j.check;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.gdl4j.grid.ImageAction;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.PlanarSymmetry;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.shape.Gather;
import org.nd4j.linalg.factory.Nd4j;

/** Functions on feature maps {@code [N, C, H, W]} with known equivariance, for the check tests. */
final class TestFunctions {

    private static final ImageAction PIXELS = ImageAction.exactWherePossible();

    private TestFunctions() {
    }

    /**
     * A horizontal difference {@code y[.., j] − y[.., j−1]} with zero outside: translation-equivariant, not
     * rotation-equivariant. Shapes: {@code [N, C, H, W] → [N, C, H, W]}.
     */
    static INDArray difference(INDArray y) {
        long w = y.size(3);
        INDArray shifted = Nd4j.zeros(y.dataType(), y.shape());
        shifted.get(all(), all(), all(), interval(1, w)).assign(y.get(all(), all(), all(), interval(0, w - 1)));
        return y.sub(shifted);
    }

    /**
     * The lifting {@code f(x)[c, i] = spatial_{h_i}(φ(spatial_{h_i⁻¹}(x[c])))} with {@code φ} the horizontal
     * difference: channel {@code c·|G| + i}. Equivariant from images to regular fields. With
     * {@code inverted}, {@code h_i} and {@code h_i⁻¹} swap, so the group axis moves the wrong way.
     * Shapes: {@code [N, C, H, W] → [N, C·|G|, H, W]}.
     */
    static <E extends PlanarSymmetry> UnaryOperator<INDArray> lifting(FiniteGroup<E> group, boolean inverted) {
        return x -> {
            List<E> elements = group.elements();
            INDArray[] lifted = new INDArray[elements.size()];
            for (int i = 0; i < lifted.length; i++) {
                E h = inverted ? group.inverse(elements.get(i)) : elements.get(i);
                lifted[i] = PIXELS.apply(h, difference(PIXELS.apply(group.inverse(h), x)));
            }
            INDArray stacked = Nd4j.stack(2, lifted);
            return stacked.reshape('c', x.size(0), x.size(1) * lifted.length, x.size(2), x.size(3));
        };
    }

    /**
     * Regular fields with their group axis re-indexed: {@code out[f, i] = x[f, index(map(h_i))]}.
     * Shapes: {@code [N, m·|G|, H, W] → [N, m·|G|, H, W]}.
     */
    static <E extends PlanarSymmetry> UnaryOperator<INDArray> reindexGroupAxis(FiniteGroup<E> group,
            Function<E, E> map) {
        return x -> {
            int order = group.order();
            int[] sources = new int[Math.toIntExact(x.size(1))];
            for (int c = 0; c < sources.length; c++) {
                sources[c] = (c / order) * order + group.indexOf(map.apply(group.element(c % order)));
            }
            return Nd4j.exec(new Gather(x, Nd4j.createFromArray(sources), 1))[0];
        };
    }
}
