package org.gdl4j.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.gdl4j.nn.NativeThreads;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The flow laws for every bijection in float64 on 2×4×4 images, N = 3, with every parameter perturbed by
 * N(0, 0.05²) after the data-dependent initialisation: the inverse undoes the forward pass to 1e-10, and the
 * analytic log-determinant matches the central-difference Jacobian to 1e-6 (see {@link BijectionCheck} for
 * why that bound holds with ε = 1e-6 at D = 32).
 */
class BijectionLawsTest {

    private static final ImageShape SHAPE = new ImageShape(2, 4, 4);

    static Stream<Arguments> bijections() {
        return Stream.of(
                Arguments.of(LogitTransform.of(SHAPE)),
                Arguments.of(new Squeeze(SHAPE)),
                Arguments.of(new AffineCoupling(SHAPE, CouplingMask.CHECKERBOARD_EVEN, 4)),
                Arguments.of(new AffineCoupling(SHAPE, CouplingMask.CHECKERBOARD_ODD, 4)),
                Arguments.of(new AffineCoupling(SHAPE, CouplingMask.CHANNELS_FIRST_HALF, 4)),
                Arguments.of(new AffineCoupling(SHAPE, CouplingMask.CHECKERBOARD_ODD, 5, Conditioner.DENSE)),
                Arguments.of(new AffineCoupling(SHAPE, CouplingMask.CHANNELS_SECOND_HALF, 5, Conditioner.DENSE)),
                Arguments.of(new AdditiveCoupling(SHAPE, CouplingMask.CHANNELS_SECOND_HALF, 4)),
                Arguments.of(new ActNorm(SHAPE)),
                Arguments.of(new InvertibleConv1x1(new ImageShape(4, 2, 2))),
                Arguments.of(new FactorOut(new ImageShape(4, 2, 2), new ActNorm(new ImageShape(2, 2, 2)))));
    }

    /** Images in (0.1, 0.9), valid for the logit pre-processing and generic for the other maps. */
    static INDArray batch(ImageShape shape, long seed) {
        return Nd4j.rand(DataType.DOUBLE, shape.batchShape(3)).muli(0.8).addi(0.1);
    }

    @ParameterizedTest
    @MethodSource("bijections")
    void inverseUndoesForwardAndLogDetMatchesJacobian(Bijection bijection) {
        Nd4j.getRandom().setSeed(7);
        BijectionReport report;
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            report = BijectionCheck.check(bijection, batch(bijection.inShape(), 7), 0.05, 3);
        }
        System.out.println(bijection.name() + ": " + report);
        report.assertWithin(1e-10, 1e-6);
        assertTrue(report.logDetError() <= 1e-6);
    }
}
