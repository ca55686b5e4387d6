package org.gdl4j.ntk.empirical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gdl4j.ntk.GramMatrices;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.junit.jupiter.api.Test;

class MatchedArchitectureTest {

    /** Conv and ReLU per layer, then pooling and read-out, in both the finite and the analytic network. */
    @Test
    void finiteNetworkHasTwoLayersPerDepthPlusPoolingAndReadout() {
        assertEquals(2 * 3 + 2, MatchedArchitecture.cnn(2, 3, 3, 4).finite().layers().size());
        assertEquals(2 * 3 + 3, MatchedArchitecture.c4(2, 3, 3, 4).finite().layers().size());
        assertEquals(1, MatchedArchitecture.c4(2, 3, 3, 4).finite().outType().size());
    }

    /**
     * The analytic C4 kernel is unchanged when one argument is turned a quarter; the CNN kernel changes, so a
     * silently symmetrised CNN would be caught.
     */
    @Test
    void analyticC4KernelIsInvariantUnderQuarterTurnsOfOneArgumentButCnnKernelIsNot() {
        INDArray images = Nd4j.concat(0, EmpiricalFixtures.threeImages().get(NDArrayIndex.interval(0, 1)),
                EmpiricalFixtures.threeImages().get(NDArrayIndex.interval(2, 3)),
                EmpiricalFixtures.threeImages(1).get(NDArrayIndex.interval(2, 3)));
        GramMatrices c4 = MatchedArchitecture.c4(2, 2, 3, 1).analyticGram(images);
        assertEquals(c4.ntk()[0][1], c4.ntk()[0][2], 1e-12);
        assertEquals(c4.nngp()[0][1], c4.nngp()[0][2], 1e-12);
        GramMatrices cnn = MatchedArchitecture.cnn(2, 2, 3, 1).analyticGram(images);
        assertNotEquals(cnn.ntk()[0][1], cnn.ntk()[0][2], 1e-6);
    }

    @Test
    void rejectsEvenFiltersAndNonPositiveSizes() {
        assertThrows(IllegalArgumentException.class, () -> MatchedArchitecture.cnn(2, 2, 4, 8));
        assertThrows(IllegalArgumentException.class, () -> MatchedArchitecture.c4(2, 0, 3, 8));
        assertThrows(IllegalArgumentException.class, () -> MatchedArchitecture.cnn(2, 2, 3, 8).withScales(0, 0));
    }
}
