package org.gdl4j.ntk.empirical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.gdl4j.Precision;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Model;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class FiniteNetworkTest {

    static Stream<MatchedArchitecture> architectures() {
        return Stream.of(MatchedArchitecture.cnn(EmpiricalFixtures.CHANNELS, 2, 3, 6),
                MatchedArchitecture.c4(EmpiricalFixtures.CHANNELS, 2, 3, 3).withScales(1.3, 0.4));
    }

    /** Redrawing in place gives the network {@code Model.build} draws for that seed, to float64 round-off. */
    @ParameterizedTest
    @MethodSource("architectures")
    void redrawReproducesTheModelBuiltWithThatSeed(MatchedArchitecture architecture) {
        INDArray images = EmpiricalFixtures.threeImages();
        FiniteNetwork network = FiniteNetwork.of(architecture, 1, EmpiricalFixtures.SIZE, EmpiricalFixtures.SIZE)
                .redraw(42);
        double[] redrawn = network.outputs(images);
        Model model = Model.build(architecture.finite(), Precision.DOUBLE, architecture.initialization(42),
                EmpiricalFixtures.CHANNELS, EmpiricalFixtures.SIZE, EmpiricalFixtures.SIZE);
        INDArray built = model.output(images);
        for (int n = 0; n < 3; n++) {
            assertEquals(built.getDouble(n, 0), redrawn[n], 1e-12);
        }
    }

    /** The pooled output of the finite C4 network is invariant under quarter turns of the input. */
    @Test
    void finiteC4NetworkOutputIsRotationInvariant() {
        INDArray images = EmpiricalFixtures.threeImages();
        FiniteNetwork network = FiniteNetwork.of(MatchedArchitecture.c4(EmpiricalFixtures.CHANNELS, 2, 3, 3), 9,
                EmpiricalFixtures.SIZE, EmpiricalFixtures.SIZE);
        double[] upright = network.outputs(images);
        double[] turned = network.outputs(EmpiricalFixtures.threeImages(1));
        for (int n = 0; n < 3; n++) {
            assertEquals(upright[n], turned[n], 1e-12);
        }
    }

    @Test
    void standardParameterisationIsRejected() {
        MatchedArchitecture cnn = MatchedArchitecture.cnn(EmpiricalFixtures.CHANNELS, 1, 3, 2);
        assertThrows(IllegalArgumentException.class, () -> FiniteNetwork.build(cnn.finite(),
                Initialization.standard(1), EmpiricalFixtures.CHANNELS, 5, 5));
    }

    @Test
    void wrongInputShapeIsRejected() {
        FiniteNetwork network = FiniteNetwork.of(MatchedArchitecture.cnn(EmpiricalFixtures.CHANNELS, 1, 3, 2), 1, 5, 5);
        assertThrows(IllegalArgumentException.class,
                () -> network.outputs(org.nd4j.linalg.factory.Nd4j.zeros(1, 2, 4, 4)));
    }
}
