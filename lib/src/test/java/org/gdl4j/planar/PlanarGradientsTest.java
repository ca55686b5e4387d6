package org.gdl4j.planar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.gdl4j.Precision;
import org.gdl4j.group.Groups;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.FiniteDifferences;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Layer;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.Parameterization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Every planar layer's parameter gradients agree with central finite differences in float64. */
class PlanarGradientsTest {

    static Stream<Arguments> layers() {
        FieldType c4 = FieldType.regular(Groups.cyclic(4), 2);
        FieldType d4 = FieldType.regular(Groups.dihedral(4), 1);
        return Stream.of(
                Arguments.of("lifting C4", LiftingConvolution.of(Groups.cyclic(4), 2, 2, 3)),
                Arguments.of("lifting D4", LiftingConvolution.of(Groups.dihedral(4), 2, 2, 3)),
                Arguments.of("lifting C8 (interpolated)", LiftingConvolution.of(Groups.cyclic(8), 2, 1, 3)),
                Arguments.of("group conv C4", GroupConvolution.of(c4, 2, 3)),
                Arguments.of("group conv D4", GroupConvolution.of(d4, 2, 3)),
                Arguments.of("group conv C4 VALID", new GroupConvolution(c4, 1, 3, Padding.VALID)),
                Arguments.of("batch norm C4", new FieldBatchNorm(c4)),
                Arguments.of("spatial max pool", new SpatialPooling(c4, PoolingKind.MAX, 2)),
                Arguments.of("spatial mean pool", new SpatialPooling(c4, PoolingKind.MEAN, 2)),
                Arguments.of("group max pool", new GroupPooling(c4, PoolingKind.MAX)),
                Arguments.of("plain conv", Convolution.of(2, 3, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void gradientsMatchFiniteDifferences(String name, Layer layer) {
        Model model = Model.build(PlanarNetworks.withHead(layer, 3), Precision.DOUBLE,
                new Initialization(Parameterization.STANDARD, 1.4, 0.3, 17), layer.inType().size(), 6, 6);
        Nd4j.getRandom().setSeed(5);
        INDArray x = Nd4j.randn(DataType.DOUBLE, 3, layer.inType().size(), 6, 6);
        double worst = FiniteDifferences.check(model, x, new int[] {0, 1, 2}, 5, 1e-6);
        assertTrue(worst < 1e-6, name + ": " + worst);
    }
}
