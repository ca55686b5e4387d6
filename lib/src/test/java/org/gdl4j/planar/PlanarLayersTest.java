package org.gdl4j.planar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gdl4j.Precision;
import org.gdl4j.group.Groups;
import org.gdl4j.nn.Batch;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.ModelFile;
import org.gdl4j.nn.Sequential;
import org.gdl4j.nn.Trainer;
import org.gdl4j.nn.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class PlanarLayersTest {

    @Test
    void quarterTurnOfAFilterMovesThePixelRightOfCentreToAboveIt() {
        double[][] p = FilterTransform.matrix(Groups.cyclic(4).rotation(1), 3);
        double[] filter = new double[9];
        filter[1 * 3 + 2] = 1;                  // row 1, column 2: right of centre
        double[] rotated = new double[9];
        for (int out = 0; out < 9; out++) {
            for (int in = 0; in < 9; in++) {
                rotated[out] += p[out][in] * filter[in];
            }
        }
        double[] expected = new double[9];
        expected[0 * 3 + 1] = 1;                // row 0, column 1: above centre
        assertArrayEquals(expected, rotated, 0.0);
    }

    @Test
    void filterTransformsOfC4AndD4ArePermutations() {
        for (var g : Groups.dihedral(4).elements()) {
            double[][] p = FilterTransform.matrix(g, 5);
            for (double[] row : p) {
                assertEquals(1.0, java.util.Arrays.stream(row).sum(), 0.0, g.toString());
                assertEquals(1L, java.util.Arrays.stream(row).filter(v -> v != 0).count(), g.toString());
            }
        }
    }

    @Test
    void groupConvolutionHasFieldsTimesGroupOrderChannels() {
        FieldType in = FieldType.regular(Groups.dihedral(4), 3);
        GroupConvolution conv = GroupConvolution.of(in, 5, 3);
        assertEquals(40, conv.outType().size());
        Model model = Model.build(PlanarNetworks.withHead(conv, 2), Precision.FLOAT, Initialization.standard(1), 24, 9, 9);
        assertEquals(5L * 3 * 8 * 9 + 5, model.parameter("0_groupconv/weight").length() + model.parameter("0_groupconv/bias").length());
        assertArrayEquals(new long[] {4, 2}, model.output(Nd4j.rand(DataType.FLOAT, 4, 24, 9, 9)).shape());
    }

    @Test
    void evenFiltersAreRejectedByGroupLayers() {
        var error = assertThrows(IllegalArgumentException.class, () -> LiftingConvolution.of(Groups.cyclic(4), 1, 2, 4));
        assertTrue(error.getMessage().contains("odd filter size"), error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> GroupConvolution.of(FieldType.regular(Groups.cyclic(4), 1), 2, 2));
    }

    @Test
    void wrongChannelCountIsRejected() {
        Model model = Model.build(PlanarNetworks.gcnn(Groups.cyclic(4), 1, 2, 3, 3), Precision.FLOAT,
                Initialization.standard(1), 1, 8, 8);
        var error = assertThrows(IllegalArgumentException.class, () -> model.output(Nd4j.rand(DataType.FLOAT, 2, 3, 8, 8)));
        assertTrue(error.getMessage().contains("[N, 1, 8, 8]") && error.getMessage().contains("[2, 3, 8, 8]"),
                error.getMessage());
    }

    @Test
    void fieldsOfAnotherGroupOrderAreRejected() {
        LiftingConvolution c4 = LiftingConvolution.of(Groups.cyclic(4), 1, 2, 3);
        GroupConvolution c8 = GroupConvolution.of(FieldType.regular(Groups.cyclic(8), 2), 2, 3);
        var error = assertThrows(IllegalArgumentException.class, () -> Sequential.of(c4, c8));
        assertTrue(error.getMessage().contains("C4") && error.getMessage().contains("C8"), error.getMessage());
    }

    @Test
    void trivialAndRegularFieldsAreNotInterchangeable() {
        assertThrows(IllegalArgumentException.class,
                () -> GroupConvolution.of(FieldType.trivial(Groups.cyclic(4), 2), 2, 3));
        assertThrows(IllegalArgumentException.class,
                () -> new LiftingConvolution(FieldType.regular(Groups.cyclic(4), 2), 2, 3, Padding.SAME));
        assertThrows(IllegalArgumentException.class,
                () -> new GroupPooling(FieldType.trivial(Groups.cyclic(4), 2), PoolingKind.MAX));
        assertThrows(IllegalArgumentException.class, () -> Convolution.of(1, 2, 3).define(null,
                new org.gdl4j.nn.GeometricTensor(org.nd4j.autodiff.samediff.SameDiff.create().var("x", 1, 2),
                        FieldType.trivial(Groups.cyclic(4), 1))));
    }

    @Test
    void trainingAGroupNetworkLowersItsLoss() {
        Model model = Model.build(PlanarNetworks.gcnn(Groups.cyclic(4), 1, 4, 2, 3), Precision.FLOAT,
                Initialization.standard(2), 1, 8, 8);
        Batch data = bars(64);
        double before = model.evaluate(data.images(), data.labels(), 64).loss();
        Trainer.fit(model, data, TrainingConfig.adam(0.02).withEpochs(8).withBatchSize(16).withProgress(false));
        double after = model.evaluate(data.images(), data.labels(), 64).loss();
        assertTrue(after < 0.7 * before, "loss " + before + " → " + after);
    }

    @Test
    void savedGroupNetworkLoadsBackBitIdentically(@TempDir Path dir) {
        Sequential net = PlanarNetworks.gcnn(Groups.dihedral(4), 1, 2, 2, 3);
        Model model = Model.build(net, Precision.FLOAT, Initialization.standard(4), 1, 8, 8);
        Batch data = bars(16);
        Trainer.fit(model, data, TrainingConfig.adam(0.01).withEpochs(2).withBatchSize(8).withProgress(false));
        Path file = dir.resolve("gcnn.gdl4j");
        ModelFile.save(model, file);
        Model loaded = ModelFile.load(file, net);
        INDArray expected = model.output(data.images());
        assertEquals(expected, loaded.output(data.images()));
        assertTrue(expected.sub(loaded.output(data.images())).amaxNumber().doubleValue() == 0.0);
    }

    /** Images with a bright bar through the centre, horizontal (label 0) or diagonal (label 1), plus noise. */
    static Batch bars(int n) {
        Nd4j.getRandom().setSeed(n);
        INDArray images = Nd4j.rand(DataType.FLOAT, n, 1, 8, 8).muli(0.3);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            for (int j = 0; j < 8; j++) {
                if (labels[i] == 0) {
                    images.putScalar(new long[] {i, 0, 4, j}, 1.0);
                } else {
                    images.putScalar(new long[] {i, 0, j, j}, 1.0);
                }
            }
        }
        return new Batch(images, labels);
    }
}
