package org.gdl4j.planar;

import java.util.List;
import org.gdl4j.group.PlanarSymmetry;
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
 * <p>Lifting: free filters {@code [F_out, C_in, k, k]} become {@code [F_out·|G|, C_in, k, k]} with
 * {@code bank[f, a] = g_a·ψ[f]}. Group convolution: free filters {@code [F_out, F_in, |G|, k, k]} become
 * {@code [F_out·|G|, F_in·|G|, k, k]} with {@code bank[f, a, f', b] = g_a·ψ[f, f', index(g_a⁻¹g_b)]}, so that
 * {@code out(g) = Σ_h Σ_y in(h, y) ψ(g⁻¹h, g⁻¹(y − x))}. All filter banks are OIYX.
 */
final class FilterBank {

    private FilterBank() {
    }

    /** The expansion matrix of a lifting convolution, {@code [k², |G|·k²]}. */
    static INDArray liftingExpansion(PlanarGroup<?> group, int k, DataType type) {
        int size = k * k;
        List<? extends PlanarSymmetry> elements = group.elements();
        double[][] t = new double[size][elements.size() * size];
        for (int a = 0; a < elements.size(); a++) {
            double[][] p = FilterTransform.matrix(elements.get(a), k);
            for (int out = 0; out < size; out++) {
                for (int in = 0; in < size; in++) {
                    t[in][a * size + out] = p[out][in];
                }
            }
        }
        return Nd4j.create(t).castTo(type);
    }

    /** The expansion matrix of a group convolution, {@code [|G|·k², |G|·|G|·k²]}. */
    static INDArray groupExpansion(PlanarGroup<?> group, int k, DataType type) {
        int size = k * k;
        int order = group.order();
        double[][] t = new double[order * size][order * order * size];
        for (int a = 0; a < order; a++) {
            double[][] p = FilterTransform.matrix(group.elements().get(a), k);
            for (int b = 0; b < order; b++) {
                int source = group.quotientIndex(a, b);
                int column = (a * order + b) * size;
                for (int out = 0; out < size; out++) {
                    for (int in = 0; in < size; in++) {
                        t[source * size + in][column + out] = p[out][in];
                    }
                }
            }
        }
        return Nd4j.create(t).castTo(type);
    }

    /** {@code [F_out, C_in, k, k]} free filters to the {@code [F_out·|G|, C_in, k, k]} bank. */
    static SDVariable expandLifting(SameDiff sd, SDVariable free, INDArray expansion, int outFields, int inChannels,
                                    int order, int k) {
        SDVariable rows = free.reshape(outFields * inChannels, k * k);
        SDVariable expanded = rows.mmul(sd.constant(expansion)).reshape(outFields, inChannels, order, k, k);
        return expanded.permute(0, 2, 1, 3, 4).reshape(outFields * order, inChannels, k, k);
    }

    /** {@code [F_out, F_in, |G|, k, k]} free filters to the {@code [F_out·|G|, F_in·|G|, k, k]} bank. */
    static SDVariable expandGroup(SameDiff sd, SDVariable free, INDArray expansion, int outFields, int inFields,
                                  int order, int k) {
        SDVariable rows = free.reshape(outFields * inFields, order * k * k);
        SDVariable expanded = rows.mmul(sd.constant(expansion)).reshape(outFields, inFields, order, order, k, k);
        return expanded.permute(0, 2, 1, 3, 4, 5).reshape(outFields * order, inFields * order, k, k);
    }

    /** A bias per field, repeated over the field's {@code |G|} channels: {@code [F]} to {@code [F·|G|]}. */
    static SDVariable repeatPerField(SameDiff sd, SDVariable bias, int fields, int order, DataType type) {
        if (order == 1) {
            return bias;
        }
        return bias.reshape(fields, 1).mul(sd.constant(Nd4j.ones(type, 1, order))).reshape(fields * order);
    }

    /**
     * The one convolution of the planar layers: stride 1, NCHW activations, a filter bank given OIYX
     * ({@code [C_out, C_in, k, k]}, PyTorch's layout).
     *
     * <p>ND4J 1.0.0-M2.1 runs OIYX filters forward but its {@code conv2d_bp} rejects them ("Op validation
     * failed"), so the bank is permuted to ND4J's native YXIO ({@code [k, k, C_in, C_out]}) inside the graph and
     * the configuration names that layout explicitly.
     *
     * @param input {@code [N, C_in, H, W]}
     * @param bank {@code [C_out, C_in, k, k]}
     * @param bias {@code [C_out]}
     * @return {@code [N, C_out, H', W']}
     */
    static SDVariable convolve(SameDiff sd, SDVariable input, SDVariable bank, SDVariable bias, int k, Padding padding) {
        Conv2DConfig config = Conv2DConfig.builder().kH(k).kW(k).sH(1).sW(1)
                .paddingMode(padding.nd4j())
                .dataFormat(Conv2DConfig.NCHW)
                .weightsFormat(WeightsFormat.YXIO)
                .build();
        return sd.cnn().conv2d(input, bank.permute(2, 3, 1, 0), bias, config);
    }
}
