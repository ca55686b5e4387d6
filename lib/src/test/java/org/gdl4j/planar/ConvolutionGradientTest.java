package org.gdl4j.planar;

import org.gdl4j.Precision;
import org.gdl4j.group.Groups;
import org.gdl4j.nn.Dense;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.FiniteDifferences;
import org.gdl4j.nn.GlobalAveragePool;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Layer;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.Nonlinearity;
import org.gdl4j.nn.Pointwise;
import org.gdl4j.nn.Sequential;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Gradients through the convolution layers. SameDiff 1.0.0-M2.1 drops a {@code conv2d}'s weight layout when
 * it builds the gradient graph, so these tests fail if a layer hands {@code conv2d} anything but ND4J's
 * default YXIO layout.
 */
class ConvolutionGradientTest {

    private static final double TOLERANCE = 1e-5;

    private static void checkGradients(Layer network, long channels) {
        Model model = Model.build(network, Precision.DOUBLE, Initialization.standard(5), channels, 6, 6);
        Nd4j.getRandom().setSeed(13);
        INDArray images = Nd4j.rand(DataType.DOUBLE, 3, channels, 6, 6);
        FiniteDifferences.check(model, images, new int[] {0, 1, 1}, 2, TOLERANCE);
    }

    @Test
    void liftingAndGroupConvolutionGradientsMatchFiniteDifferences() {
        LiftingConvolution lift = LiftingConvolution.of(Groups.cyclic(4), 2, 2, 3);
        GroupConvolution conv = GroupConvolution.of(lift.outType(), 3, 3);
        GroupPooling pool = new GroupPooling(conv.outType(), PoolingKind.MEAN);
        GlobalAveragePool average = new GlobalAveragePool(pool.outType());
        Sequential net = Sequential.of(lift, new Pointwise(lift.outType(), Nonlinearity.TANH), conv, pool, average,
                new Dense(average.outType(), 2));
        checkGradients(net, 2);
    }

    @Test
    void dihedralGroupConvolutionGradientsMatchFiniteDifferences() {
        LiftingConvolution lift = LiftingConvolution.of(Groups.dihedral(4), 1, 1, 3);
        GroupConvolution conv = new GroupConvolution(lift.outType(), 2, 3, Padding.VALID);
        GroupPooling pool = new GroupPooling(conv.outType(), PoolingKind.MEAN);
        GlobalAveragePool average = new GlobalAveragePool(pool.outType());
        checkGradients(Sequential.of(lift, conv, pool, average, new Dense(average.outType(), 2)), 1);
    }

    @Test
    void plainConvolutionGradientsMatchFiniteDifferences() {
        Convolution conv = Convolution.of(2, 3, 3);
        GlobalAveragePool average = new GlobalAveragePool(conv.outType());
        checkGradients(Sequential.of(conv, new Pointwise(conv.outType(), Nonlinearity.TANH), average,
                new Dense(average.outType(), 2)), 2);
    }

    @Test
    void plainConvolutionGradientsMatchFiniteDifferencesForNonSquareChannelCounts() {
        Convolution conv = new Convolution(FieldType.plain(3), 5, 3, Padding.VALID);
        GlobalAveragePool average = new GlobalAveragePool(conv.outType());
        checkGradients(Sequential.of(conv, average, new Dense(average.outType(), 2)), 3);
    }
}
