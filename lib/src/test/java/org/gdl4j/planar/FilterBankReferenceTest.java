package org.gdl4j.planar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.gdl4j.Precision;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.Groups;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.GeometricTensor;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Layer;
import org.gdl4j.nn.NetworkGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The lifting and group convolutions against a slow reference: the OIYX banks
 * {@code bank[f·|G| + a, c] = g_a·ψ[f, c]} and {@code bank[f·|G| + a, f'·|G| + b] = g_a·ψ[f, f', index(g_a⁻¹g_b)]}
 * assembled entry by entry and applied with an eager OIYX {@code conv2d}.
 */
class FilterBankReferenceTest {

    private static final int K = 3;

    private static INDArray slowBank(PlanarGroup<?> group, INDArray free, int outFields, int inFields) {
        int n = group.order();
        INDArray bank = Nd4j.zeros(DataType.DOUBLE, (long) outFields * n, (long) inFields * n, K, K);
        for (int a = 0; a < n; a++) {
            double[][] p = FilterTransform.matrix(group.elements().get(a), K);
            for (int b = 0; b < n; b++) {
                int source = group.quotientIndex(a, b);
                for (int f = 0; f < outFields; f++) {
                    for (int g = 0; g < inFields; g++) {
                        for (int pixel = 0; pixel < K * K; pixel++) {
                            double sum = 0;
                            for (int q = 0; q < K * K; q++) {
                                sum += p[pixel][q] * free.getDouble(f, g, source, q / K, q % K);
                            }
                            bank.putScalar(new long[] {f * n + a, g * n + b, pixel / K, pixel % K}, sum);
                        }
                    }
                }
            }
        }
        return bank;
    }

    private static INDArray slowLiftingBank(PlanarGroup<?> group, INDArray free, int outFields, int inChannels) {
        int n = group.order();
        INDArray bank = Nd4j.zeros(DataType.DOUBLE, (long) outFields * n, inChannels, K, K);
        for (int a = 0; a < n; a++) {
            double[][] p = FilterTransform.matrix(group.elements().get(a), K);
            for (int f = 0; f < outFields; f++) {
                for (int c = 0; c < inChannels; c++) {
                    for (int pixel = 0; pixel < K * K; pixel++) {
                        double sum = 0;
                        for (int q = 0; q < K * K; q++) {
                            sum += p[pixel][q] * free.getDouble(f, c, q / K, q % K);
                        }
                        bank.putScalar(new long[] {f * n + a, c, pixel / K, pixel % K}, sum);
                    }
                }
            }
        }
        return bank;
    }

    /** Runs {@code layer} on a random batch; returns the batch, the output and the graph holding the parameters. */
    private static INDArray[] run(Layer layer, SameDiff sd) {
        NetworkGraph graph = new NetworkGraph(sd, Precision.DOUBLE, Initialization.standard(9));
        int channels = layer.inType().size();
        SDVariable input = sd.placeHolder("input", DataType.DOUBLE, -1, channels, 7, 7);
        SDVariable out = layer.define(graph, new GeometricTensor(input, layer.inType())).value();
        Nd4j.getRandom().setSeed(21);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 2, channels, 7, 7);
        return new INDArray[] {x, sd.output(Map.of("input", x), out.name()).get(out.name())};
    }

    private static void assertMatchesReference(SameDiff sd, INDArray[] run, INDArray bank, int outFields, int order,
                                               Padding padding, String what) {
        INDArray bias = sd.getVariable("bias").getArr().reshape(outFields, 1).repeat(1, order)
                .reshape((long) outFields * order);
        Conv2DConfig oiyx = Conv2DConfig.builder().kH(K).kW(K).sH(1).sW(1).paddingMode(padding.nd4j())
                .dataFormat(Conv2DConfig.NCHW).weightsFormat(WeightsFormat.OIYX).build();
        INDArray expected = Nd4j.cnn().conv2d(run[0], bank, bias, oiyx);
        double error = run[1].sub(expected).amaxNumber().doubleValue();
        assertTrue(error < 1e-9 * Math.max(1, expected.amaxNumber().doubleValue()),
                what + " " + padding + ": layer and reference differ by " + error);
    }

    private static void checkGroupConvolution(FiniteGroup<?> group, Padding padding) {
        int inFields = 2;
        int outFields = 3;
        SameDiff sd = SameDiff.create();
        INDArray[] run = run(new GroupConvolution(FieldType.regular(group, inFields), outFields, K, padding), sd);
        INDArray bank = slowBank(PlanarGroup.of(group), sd.getVariable("weight").getArr(), outFields, inFields);
        assertMatchesReference(sd, run, bank, outFields, group.order(), padding, "group conv " + group.name());
    }

    private static void checkLiftingConvolution(FiniteGroup<?> group, Padding padding) {
        int inChannels = 2;
        int outFields = 3;
        SameDiff sd = SameDiff.create();
        INDArray[] run = run(new LiftingConvolution(FieldType.trivial(group, inChannels), outFields, K, padding), sd);
        INDArray bank = slowLiftingBank(PlanarGroup.of(group), sd.getVariable("weight").getArr(), outFields,
                inChannels);
        assertMatchesReference(sd, run, bank, outFields, group.order(), padding, "lifting " + group.name());
    }

    @Test
    void cyclicGroupConvolutionMatchesTheSlowReference() {
        checkGroupConvolution(Groups.cyclic(4), Padding.SAME);
    }

    @Test
    void dihedralGroupConvolutionMatchesTheSlowReference() {
        checkGroupConvolution(Groups.dihedral(4), Padding.VALID);
    }

    @Test
    void interpolatedRotationGroupConvolutionMatchesTheSlowReference() {
        checkGroupConvolution(Groups.cyclic(8), Padding.SAME);
    }

    @Test
    void cyclicLiftingConvolutionMatchesTheSlowReference() {
        checkLiftingConvolution(Groups.cyclic(4), Padding.SAME);
    }

    @Test
    void dihedralLiftingConvolutionMatchesTheSlowReference() {
        checkLiftingConvolution(Groups.dihedral(4), Padding.VALID);
    }
}
