package org.gdl4j.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdl4j.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class OffManifoldInputsTest {

    private static final ImageMoments DATA = new ImageMoments(0.29, 0.35);

    /** 200 × 1 × 28 × 28 = 156 800 pixels, FashionMNIST-like; blocks of 4×4. */
    private static OffManifoldInputs inputs(Precision precision) {
        return new OffManifoldInputs(200, 1, 28, 28, DATA, 4, precision);
    }

    @ParameterizedTest
    @EnumSource(NoiseKind.class)
    void sameSeedGivesSameImagesAndOtherSeedsDiffer(NoiseKind kind) {
        OffManifoldInputs generator = new OffManifoldInputs(3, 2, 8, 8, DATA, 4, Precision.FLOAT);
        INDArray images = generator.generate(kind, 11);
        assertArrayEquals(new long[] {3, 2, 8, 8}, images.shape());
        assertEquals(DataType.FLOAT, images.dataType());
        assertEquals(images, generator.generate(kind, 11));
        assertNotEquals(images, generator.generate(kind, 12));
    }

    @Test
    void valuesFollowTheSpecifiedJavaRandomStreamInRowMajorOrder() {
        // new Random(0).nextDouble() and new Random(5).nextGaussian(): fixed by the Java specification
        OffManifoldInputs generator = new OffManifoldInputs(1, 1, 2, 2, new ImageMoments(0, 1), 1, Precision.DOUBLE);
        assertEquals(0.730967787376657, generator.uniform(0).getDouble(0, 0, 0, 0));
        assertEquals(0.23506366996956274, generator.gaussian(5).getDouble(0, 0, 0, 0));
    }

    /**
     * U[0,1) has mean 1/2 and std 1/√12 ≈ 0.2887. Over n = 156 800 pixels the sample mean has standard
     * error 0.2887/√n ≈ 7e-4 and the sample std about 0.2887·√(0.8/(4n)) ≈ 3e-4 (kurtosis 1.8); the
     * tolerances 5e-3 and 3e-3 are about seven and ten standard errors.
     */
    @Test
    void uniformNoiseHasUnitIntervalMoments() {
        INDArray images = inputs(Precision.FLOAT).generate(NoiseKind.UNIFORM, 1);
        ImageMoments moments = ImageMoments.of(images);
        assertEquals(0.5, moments.mean(), 5e-3);
        assertEquals(1 / Math.sqrt(12), moments.std(), 3e-3);
        assertTrue(images.minNumber().doubleValue() >= 0 && images.maxNumber().doubleValue() <= 1);
    }

    /**
     * N(0.29, 0.35²) over n = 156 800 pixels: standard errors 0.35/√n ≈ 9e-4 (mean) and 0.35/√(2n) ≈ 6e-4
     * (std); the tolerances 6e-3 and 5e-3 are over six standard errors.
     */
    @Test
    void gaussianNoiseHasTheDataMoments() {
        ImageMoments moments = ImageMoments.of(inputs(Precision.DOUBLE).generate(NoiseKind.GAUSSIAN, 2));
        assertEquals(DATA.mean(), moments.mean(), 6e-3);
        assertEquals(DATA.std(), moments.std(), 5e-3);
    }

    @Test
    void blockNoiseIsConstantOnBlocksAndVariesBetweenThem() {
        double[] pixels = inputs(Precision.DOUBLE).generate(NoiseKind.BLOCK, 3).data().asDouble();
        int changes = 0;
        for (int plane = 0; plane < 200; plane++) {
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    double value = pixels[(plane * 28 + y) * 28 + x];
                    double corner = pixels[(plane * 28 + y / 4 * 4) * 28 + x / 4 * 4];
                    assertEquals(corner, value, "plane " + plane + ", pixel (" + y + ", " + x + ")");
                    changes += x % 4 == 0 && x > 0 && value != pixels[(plane * 28 + y) * 28 + x - 1] ? 1 : 0;
                }
            }
        }
        assertEquals(200 * 28 * 6, changes, "neighbouring blocks should differ");
    }

    @Test
    void likeTakesShapeMomentsAndPrecisionFromData() {
        INDArray data = Nd4j.create(new double[] {0, 1, 2, 3, 4, 5, 6, 7}, new long[] {1, 1, 2, 4}, DataType.DOUBLE);
        OffManifoldInputs generator = OffManifoldInputs.like(data, 5, 2);
        assertEquals(new OffManifoldInputs(5, 1, 2, 4, ImageMoments.of(data), 2, Precision.DOUBLE), generator);
        assertArrayEquals(new long[] {5, 1, 2, 4}, generator.block(0).shape());
    }

    @Test
    void badSizesRaise() {
        IllegalArgumentException notDivisible = assertThrows(IllegalArgumentException.class,
                () -> new OffManifoldInputs(1, 1, 28, 28, DATA, 3, Precision.FLOAT));
        assertTrue(notDivisible.getMessage().contains("divisible"), notDivisible.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new OffManifoldInputs(0, 1, 28, 28, DATA, 4,
                Precision.FLOAT));
        assertThrows(IllegalArgumentException.class, () -> new OffManifoldInputs(1, 1, 28, 28, DATA, 0,
                Precision.FLOAT));
        assertThrows(IllegalArgumentException.class, () -> OffManifoldInputs.like(Nd4j.zeros(DataType.FLOAT, 2, 4),
                1, 1));
    }
}
