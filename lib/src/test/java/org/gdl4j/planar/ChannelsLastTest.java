package org.gdl4j.planar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gdl4j.Precision;
import org.gdl4j.check.EquivarianceCheck;
import org.gdl4j.check.Tolerance;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.group.Groups;
import org.gdl4j.group.PlanarSymmetry;
import org.gdl4j.nn.CompiledLayer;
import org.gdl4j.nn.Batch;
import org.gdl4j.nn.Dense;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.FiniteDifferences;
import org.gdl4j.nn.Flatten;
import org.gdl4j.nn.GlobalAveragePool;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Layer;
import org.gdl4j.nn.Layout;
import org.gdl4j.nn.Mode;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.ModelFile;
import org.gdl4j.nn.Parameterization;
import org.gdl4j.nn.Pointwise;
import org.gdl4j.nn.Sequential;
import org.gdl4j.nn.Trainer;
import org.gdl4j.nn.TrainingConfig;
import org.gdl4j.nn.TrainingHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A sequence run channels-last computes what the channels-first sequence computes: every planar layer gives
 * the same maps (float64, 1e-12 relative: only the order of summation differs), its gradients match finite
 * differences, a group network stays invariant and layer-wise equivariant, trains, and saves files that load
 * back bit-identically and into either layout, and its input and output stay channels-first.
 */
class ChannelsLastTest {

    private static final Initialization INIT = new Initialization(Parameterization.STANDARD, 1.4, 0.3, 17);

    static Stream<Arguments> layers() {
        FieldType c4 = FieldType.regular(Groups.cyclic(4), 2);
        FieldType d4 = FieldType.regular(Groups.dihedral(4), 1);
        FieldType c8 = FieldType.regular(Groups.cyclic(8), 1);
        return Stream.of(
                Arguments.of("plain conv", Convolution.of(2, 3, 3)),
                Arguments.of("lifting C4", LiftingConvolution.of(Groups.cyclic(4), 2, 2, 3)),
                Arguments.of("lifting D4 5×5 VALID", new LiftingConvolution(FieldType.trivial(Groups.dihedral(4), 2), 2,
                        5, Padding.VALID)),
                Arguments.of("group conv C4", GroupConvolution.of(c4, 2, 3)),
                Arguments.of("group conv D4", GroupConvolution.of(d4, 2, 3)),
                Arguments.of("group conv C8 (interpolated)", GroupConvolution.of(c8, 1, 3)),
                Arguments.of("batch norm C4", new FieldBatchNorm(c4)),
                Arguments.of("relu", Pointwise.relu(c4)),
                Arguments.of("spatial max pool", new SpatialPooling(c4, PoolingKind.MAX, 2)),
                Arguments.of("spatial mean pool", new SpatialPooling(c4, PoolingKind.MEAN, 2)),
                Arguments.of("group max pool", new GroupPooling(c4, PoolingKind.MAX)),
                Arguments.of("group mean pool", new GroupPooling(d4, PoolingKind.MEAN)),
                Arguments.of("global mean", new GlobalAveragePool(c4)));
    }

    /** The layers whose output is still a map, so that {@link PlanarNetworks#withHead} can follow them. */
    static Stream<Arguments> mapLayers() {
        return layers().filter(a -> !(a.get()[1] instanceof GlobalAveragePool));
    }

    private static INDArray input(Layer layer, int size, int seed) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.randn(DataType.DOUBLE, 3, layer.inType().size(), size, size);
    }

    private static double relativeDifference(INDArray a, INDArray b) {
        return a.sub(b).amaxNumber().doubleValue() / Math.max(1e-300, b.amaxNumber().doubleValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void everyLayerGivesTheSameMapsChannelsLast(String name, Layer layer) {
        for (Mode mode : Mode.values()) {
            for (int size : new int[] {6, 7}) {
                Sequential first = Sequential.of(layer);
                Sequential last = first.inLayout(Layout.CHANNELS_LAST);
                INDArray x = input(layer, size, size);
                INDArray expected = CompiledLayer.build(first, Precision.DOUBLE, INIT, mode,
                        layer.inType().size(), size, size).apply(x);
                INDArray actual = CompiledLayer.build(last, Precision.DOUBLE, INIT, mode,
                        layer.inType().size(), size, size).apply(x);
                assertArrayEquals(expected.shape(), actual.shape(), name + " " + mode + " " + size);
                double error = relativeDifference(actual, expected);
                assertTrue(error < 1e-12, name + " " + mode + " " + size + "×" + size + ": " + error);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mapLayers")
    void gradientsMatchFiniteDifferencesChannelsLast(String name, Layer layer) {
        Model model = Model.build(PlanarNetworks.withHead(layer, 3).inLayout(Layout.CHANNELS_LAST), Precision.DOUBLE,
                INIT, layer.inType().size(), 6, 6);
        double worst = FiniteDifferences.check(model, input(layer, 6, 5), new int[] {0, 1, 2}, 5, 1e-6);
        assertTrue(worst < 1e-6, name + ": " + worst);
    }

    @Test
    void flattenReadsChannelsLastMapsInChannelsFirstOrder() {
        Flatten flatten = new Flatten(FieldType.trivial(Groups.cyclic(1), 2), 4, 4);
        Dense dense = new Dense(flatten.outType(), 3);
        Sequential first = Sequential.of(Convolution.of(2, 2, 3), flatten, dense);
        INDArray x = input(first, 4, 3);
        INDArray expected = Model.build(first, Precision.DOUBLE, INIT, 2, 4, 4).output(x);
        INDArray actual = Model.build(first.inLayout(Layout.CHANNELS_LAST), Precision.DOUBLE, INIT, 2, 4, 4)
                .output(x);
        assertTrue(relativeDifference(actual, expected) < 1e-12);
    }

    @Test
    void groupNetworkChannelsLastIsInvariantAndEveryLayerEquivariant() {
        FiniteGroup<?> d4 = Groups.dihedral(4);
        Sequential network = Architectures.groupCnn(d4, 1, 2, 3).inLayout(Layout.CHANNELS_LAST);
        Model model = Model.build(network, Precision.DOUBLE, Initialization.standard(8), 1, 12, 12);
        Nd4j.getRandom().setSeed(2);
        INDArray images = Nd4j.rand(DataType.DOUBLE, 3, 1, 12, 12);
        LayerwiseEquivariance.Table table = LayerwiseEquivariance.check(model, images);
        assertEquals(network.layers().size(), table.layers().size());
        assertTrue(table.maxAbsoluteError() < 1e-10, table.rows().toString());
        @SuppressWarnings("unchecked")
        List<PlanarSymmetry> elements = (List<PlanarSymmetry>) (List<?>) d4.elements();
        EquivarianceCheck.<PlanarSymmetry>invariance(model::output, FieldActions.onImages())
                .run(elements, List.of(images)).assertWithin(Tolerance.exact(Precision.DOUBLE));
        INDArray expected = Model.build(network.inLayout(Layout.CHANNELS_FIRST), Precision.DOUBLE,
                Initialization.standard(8), 1, 12, 12).output(images);
        assertTrue(relativeDifference(model.output(images), expected) < 1e-12);
    }

    @Test
    void trainedChannelsLastModelLoadsBackBitIdenticallyAndIntoEitherLayout(@TempDir Path dir) {
        Sequential net = PlanarNetworks.gcnn(Groups.dihedral(4), 1, 2, 2, 3).inLayout(Layout.CHANNELS_LAST);
        Model model = Model.build(net, Precision.FLOAT, Initialization.standard(4), 1, 8, 8);
        Batch data = PlanarLayersTest.bars(16);
        TrainingHistory history = Trainer.fit(model, data,
                TrainingConfig.adam(0.01).withEpochs(4).withBatchSize(8).withProgress(false));
        double[] loss = history.trainLoss();
        assertTrue(loss[loss.length - 1] < loss[0], java.util.Arrays.toString(loss));
        Path file = dir.resolve("gcnn-channels-last.gdl4j");
        ModelFile.save(model, file);
        INDArray expected = model.output(data.images());
        assertEquals(expected, ModelFile.load(file, net).output(data.images()));
        INDArray channelsFirst = ModelFile.load(file, net.inLayout(Layout.CHANNELS_FIRST)).output(data.images());
        assertTrue(relativeDifference(channelsFirst, expected) < 1e-5);
    }

    @Test
    void prefixesKeepTheLayout() {
        Sequential network = Architectures.cnn(1, 4, 3).inLayout(Layout.CHANNELS_LAST);
        Sequential prefix = network.prefix(4);
        assertEquals(Layout.CHANNELS_LAST, prefix.layout());
        assertEquals(network.layers().subList(0, 4), prefix.layers());
        INDArray maps = CompiledLayer.build(prefix, Precision.FLOAT, INIT, Mode.INFERENCE, 1, 8, 8)
                .apply(Nd4j.rand(DataType.FLOAT, 2, 1, 8, 8));
        assertArrayEquals(new long[] {2, 4, 4, 4}, maps.shape(), "prefix outputs are channels-first");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> network.prefix(0));
        assertTrue(e.getMessage().contains("1 to " + network.layers().size()), e.getMessage());
    }

    @Test
    void channelsLastNeedsPlanarMaps() {
        Dense dense = new Dense(FieldType.trivial(Groups.cyclic(1), 5), 2);
        Sequential vectors = Sequential.of(dense).inLayout(Layout.CHANNELS_LAST);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Model.build(vectors, Precision.FLOAT, INIT, 5));
        assertTrue(e.getMessage().contains("planar maps [N, C, H, W]"), e.getMessage());
        assertThrows(NullPointerException.class, () -> Sequential.of(dense).inLayout(null));
    }
}
