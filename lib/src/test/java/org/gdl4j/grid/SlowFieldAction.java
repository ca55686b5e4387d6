package org.gdl4j.grid;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.PlanarSymmetry;
import org.gdl4j.rep.Matrix;
import org.gdl4j.rep.Representation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Obviously correct, slow references for {@link FieldAction}, one channel at a time. */
final class SlowFieldAction {

    private SlowFieldAction() {
    }

    /** {@code (g·x)[:, f·d + c] = Σ_c' ρ(g)[c, c'] · spatial_g(x[:, f·d + c'])}, in the input's data type. */
    static <E extends PlanarSymmetry> INDArray dense(Representation<E> rho, E g, INDArray x) {
        int d = rho.dimension();
        Matrix m = rho.matrix(g);
        INDArray moved = ImageAction.exactWherePossible().apply(g, x);
        INDArray result = Nd4j.zeros(x.dataType(), x.shape());
        for (int c = 0; c < x.size(1); c++) {
            int field = c / d;
            INDArray sum = result.get(all(), point(c), all(), all());
            for (int k = 0; k < d; k++) {
                INDArray term = moved.get(all(), point(field * d + k), all(), all()).mul(m.get(c % d, k));
                sum.addi(term);
            }
        }
        return result;
    }

    /** {@code (g·x)[f, i] = spatial_g(x[f, index(g⁻¹·h_i)])}, channel {@code f·|G| + i}. */
    static <E extends PlanarSymmetry> INDArray regular(FiniteGroup<E> group, E g, INDArray x) {
        int order = group.order();
        INDArray result = Nd4j.zeros(x.dataType(), x.shape());
        for (int c = 0; c < x.size(1); c++) {
            E h = group.element(c % order);
            int source = (c / order) * order + group.indexOf(group.compose(group.inverse(g), h));
            INDArray channel = x.get(all(), point(source), all(), all()).reshape(x.size(0), 1, x.size(2), x.size(3));
            INDArray moved = ImageAction.exactWherePossible().apply(g, channel);
            result.get(all(), point(c), all(), all()).assign(moved.reshape(x.size(0), x.size(2), x.size(3)));
        }
        return result;
    }
}
