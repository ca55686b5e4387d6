package org.gdl4j.planar;

import java.util.List;
import org.gdl4j.group.PlanarSymmetry;
import org.gdl4j.nn.Layout;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Expands the free filters of a group convolution into the filter bank of one ordinary convolution, as a
 * single matrix product with a constant expansion matrix, so that gradients reach the free filters and each
 * layer runs one {@code conv2d} (Cohen and Welling, ICML 2016, §7).
 *
 * <p>The expansion matrix orders its columns pixel first and group element last, so that the product needs
 * one rearrangement into the YXIO bank that keeps its innermost axis (the output's group element) innermost:
 * ND4J copies such a permutation about five times faster than one that moves the innermost axis.
 *
 * <p>Lifting: free filters {@code [F_out, C_in, k, k]} become {@code [F_out·|G|, C_in, k, k]} with
 * {@code bank[f, a] = g_a·ψ[f]}. Group convolution: free filters {@code [F_out, F_in, |G|, k, k]} become
 * {@code [F_out·|G|, F_in·|G|, k, k]} with {@code bank[f, a, f', b] = g_a·ψ[f, f', index(g_a⁻¹g_b)]}, so that
 * {@code out(g) = Σ_h Σ_y in(h, y) ψ(g⁻¹h, g⁻¹(y − x))}.
 *
 * <p>Filter banks are described in OIYX order, {@code [out, in, k, k]}, but handed to {@code conv2d} in ND4J's
 * default YXIO layout {@code [k, k, in, out]}: SameDiff 1.0.0-M2.1 drops a non-default weight layout when it
 * builds the gradient graph ({@code Conv2DConfig.toProperties} omits it), so an OIYX {@code conv2d} runs
 * forward but its {@code conv2d_bp} fails or, when the sizes happen to fit, computes with the wrong layout.
 * The expansion writes the YXIO bank directly, in the one permutation the OIYX bank also needed.
 */
final class FilterBank {

    private FilterBank() {
    }

    /**
     * The expansion matrix of a lifting convolution, {@code [k², k²·|G|]}: column {@code pixel·|G| + a} holds
     * row {@code pixel} of the action of {@code g_a} on filters.
     */
    static INDArray liftingExpansion(PlanarGroup<?> group, int k, DataType type) {
        int size = k * k;
        int order = group.order();
        double[][] t = new double[size][size * order];
        for (int a = 0; a < order; a++) {
            double[][] p = FilterTransform.matrix(group.elements().get(a), k);
            for (int out = 0; out < size; out++) {
                for (int in = 0; in < size; in++) {
                    t[in][out * order + a] = p[out][in];
                }
            }
        }
        return Nd4j.create(t).castTo(type);
    }

    /**
     * The expansion matrix of a group convolution, {@code [|G|·k², k²·|G|·|G|]}: column
     * {@code (pixel·|G| + b)·|G| + a} takes the free filter's slice {@code index(g_a⁻¹g_b)} transformed by
     * {@code g_a} at {@code pixel}.
     */
    static INDArray groupExpansion(PlanarGroup<?> group, int k, DataType type) {
        int size = k * k;
        int order = group.order();
        double[][] t = new double[order * size][size * order * order];
        for (int a = 0; a < order; a++) {
            double[][] p = FilterTransform.matrix(group.elements().get(a), k);
            for (int b = 0; b < order; b++) {
                int source = group.quotientIndex(a, b);
                for (int out = 0; out < size; out++) {
                    for (int in = 0; in < size; in++) {
                        t[source * size + in][(out * order + b) * order + a] = p[out][in];
                    }
                }
            }
        }
        return Nd4j.create(t).castTo(type);
    }

    /**
     * {@code [F_out, C_in, k, k]} free filters to the bank {@code [F_out·|G|, C_in, k, k]} (OIYX), returned in
     * YXIO layout, {@code [k, k, C_in, F_out·|G|]}.
     */
    static SDVariable expandLifting(SameDiff sd, SDVariable free, INDArray expansion, int outFields, int inChannels,
                                    int order, int k) {
        SDVariable rows = free.reshape(outFields * inChannels, k * k);
        SDVariable expanded = rows.mmul(sd.constant(expansion)).reshape(outFields, inChannels, k * k, order);
        // [f, c, yx, a] → [yx, c, f, a]
        return expanded.permute(2, 1, 0, 3).reshape(k, k, inChannels, outFields * order);
    }

    /**
     * {@code [F_out, F_in, |G|, k, k]} free filters to the bank {@code [F_out·|G|, F_in·|G|, k, k]} (OIYX),
     * returned in YXIO layout, {@code [k, k, F_in·|G|, F_out·|G|]}.
     */
    static SDVariable expandGroup(SameDiff sd, SDVariable free, INDArray expansion, int outFields, int inFields,
                                  int order, int k) {
        SDVariable rows = free.reshape(outFields * inFields, order * k * k);
        SDVariable expanded = rows.mmul(sd.constant(expansion))
                .reshape(outFields, inFields, k * k, order, order);
        // [f, f', yx, b, a] → [yx, f', b, f, a]
        return expanded.permute(2, 1, 3, 0, 4).reshape(k, k, inFields * order, outFields * order);
    }

    /** An OIYX filter bank {@code [out, in, k, k]} as the YXIO bank {@code [k, k, in, out]} of {@link #convolution}. */
    static SDVariable toYxio(SDVariable oiyx) {
        return oiyx.permute(2, 3, 1, 0);
    }

    /** A bias per field, repeated over the field's {@code |G|} channels: {@code [F]} to {@code [F·|G|]}. */
    static SDVariable repeatPerField(SameDiff sd, SDVariable bias, int fields, int order) {
        if (order == 1) {
            return bias;
        }
        return sd.tile(bias.reshape(fields, 1), 1, order).reshape(fields * order);
    }

    /**
     * The one convolution configuration of the planar layers: stride 1, maps in {@code layout}, YXIO filters
     * {@code [k, k, in, out]} (see the class comment for why not OIYX).
     */
    static Conv2DConfig convolution(int k, Padding padding, Layout layout) {
        return Conv2DConfig.builder().kH(k).kW(k).sH(1).sW(1)
                .paddingMode(padding.nd4j())
                .dataFormat(layout.convolutionFormat())
                .weightsFormat(WeightsFormat.YXIO)
                .build();
    }
}
