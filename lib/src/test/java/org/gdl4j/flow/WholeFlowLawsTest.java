package org.gdl4j.flow;

import java.util.stream.Stream;
import org.gdl4j.nn.NativeThreads;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The flow laws for whole flows (logit pre-processing included) in float64 on tiny images, N = 3, with every
 * parameter perturbed by N(0, 0.05²) after the ActNorm initialisation: round trip below 1e-10 and log-det
 * against the central-difference Jacobian below 1e-6 (D ≤ 32; see {@link BijectionCheck}).
 */
class WholeFlowLawsTest {

    static Stream<Arguments> flows() {
        return Stream.of(
                Arguments.of(Flows.realNvp(new ImageShape(1, 4, 4), 2, 4)),
                Arguments.of(Flows.glow(new ImageShape(2, 4, 4), 2, 4)),
                Arguments.of(Flows.checkerboardThenGlow(new ImageShape(1, 4, 4), 2, 2, 4, 4)),
                Arguments.of(Flows.checkerboardThenGlow(new ImageShape(1, 4, 4), 2, 2, 6, 6, Conditioner.DENSE)));
    }

    @ParameterizedTest
    @MethodSource("flows")
    void wholeFlowIsInvertibleWithLogDetOfItsJacobian(Composition flow) {
        Nd4j.getRandom().setSeed(11);
        BijectionReport report;
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            report = BijectionCheck.check(flow, BijectionLawsTest.batch(flow.inShape(), 11), 0.05, 5);
        }
        System.out.println(flow.steps().size() + " steps: " + report);
        report.assertWithin(1e-10, 1e-6);
    }
}
