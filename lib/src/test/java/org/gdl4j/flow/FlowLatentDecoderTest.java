package org.gdl4j.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.gdl4j.Precision;
import org.gdl4j.nn.Gradients;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.NativeThreads;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A flow seen as a {@link LatentDecoder}: shapes, and its inverse pass built into another graph. */
class FlowLatentDecoderTest {

    private static final ImageShape SHAPE = new ImageShape(1, 4, 4);

    private static Flow perturbedFlow() {
        Flow flow = Flow.build(Flows.checkerboardThenGlow(SHAPE, 1, 1, 4, 4), Precision.DOUBLE,
                Initialization.standard(4));
        flow.initialize(Quantization.eightBit().midpoint(FlowTrainingTest.rampImages(8, 6)));
        Random random = new Random(9);
        for (String name : flow.parameterNames()) {
            INDArray p = flow.parameter(name);
            for (long i = 0; i < p.length(); i++) {
                p.putScalar(i, p.getDouble(i) + 0.05 * random.nextGaussian());
            }
        }
        return flow;
    }

    @Test
    void latentShapeIsTheOutputShapeAndImageShapeTheInputShape() {
        LatentDecoder decoder = perturbedFlow();
        assertArrayEquals(new long[] {4, 2, 2}, decoder.latentShape());
        assertArrayEquals(new long[] {1, 4, 4}, decoder.imageShape());
    }

    @Test
    void decodeInAnotherGraphEqualsDecodeOfArraysAndPassesGradientsToTheLatents() {
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            Flow flow = perturbedFlow();
            INDArray z = flow.encode(Quantization.eightBit().midpoint(FlowTrainingTest.rampImages(3, 7)));
            SameDiff graph = SameDiff.create();
            SDVariable latents = graph.var("z", z.dup());
            SDVariable decoded = flow.decode(graph, latents, "decoder");
            decoded.mul(decoded).sum().rename("loss").markAsLoss();
            INDArray inGraph = graph.output(Map.of(), decoded.name()).get(decoded.name());
            assertTrue(inGraph.sub(flow.decode(z)).amaxNumber().doubleValue() < 1e-12);
            INDArray gradient = Gradients.of(graph, Map.of(), "z").get("z");
            assertArrayEquals(z.shape(), gradient.shape());
            double eps = 1e-6;
            INDArray plus = z.dup();
            plus.putScalar(new long[] {1, 2, 1, 0}, z.getDouble(1, 2, 1, 0) + eps);
            INDArray minus = z.dup();
            minus.putScalar(new long[] {1, 2, 1, 0}, z.getDouble(1, 2, 1, 0) - eps);
            double difference = (squaredNorm(flow.decode(plus)) - squaredNorm(flow.decode(minus))) / (2 * eps);
            assertEquals(difference, gradient.getDouble(1, 2, 1, 0), 1e-6 * Math.abs(difference));
            assertTrue(Math.abs(difference) > 1e-3);
        }
    }

    private static double squaredNorm(INDArray x) {
        return x.mul(x).sumNumber().doubleValue();
    }
}
