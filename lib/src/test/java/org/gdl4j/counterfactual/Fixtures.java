package org.gdl4j.counterfactual;

import java.util.Random;
import org.gdl4j.Precision;
import org.gdl4j.flow.Flow;
import org.gdl4j.flow.Flows;
import org.gdl4j.flow.ImageShape;
import org.gdl4j.flow.Quantization;
import org.gdl4j.nn.Dense;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.Flatten;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.Nonlinearity;
import org.gdl4j.nn.Pointwise;
import org.gdl4j.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Tiny float64 models on 1×4×4 images: a flow with perturbed weights and a smooth (tanh) classifier. */
final class Fixtures {

    static final ImageShape SHAPE = new ImageShape(1, 4, 4);
    static final int CLASSES = 3;

    private Fixtures() {
    }

    /** Images in [0.15, 0.85] on the 8-bit grid, so decoded values stay inside [0, 1]. */
    static INDArray images(int n, long seed) {
        Random random = new Random(seed);
        double[] values = new double[n * 16];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.round(255 * (0.15 + 0.7 * random.nextDouble())) / 255.0;
        }
        return Nd4j.create(values, SHAPE.batchShape(n), DataType.DOUBLE);
    }

    /** A flow after ActNorm initialisation with every parameter perturbed by N(0, 0.05²). */
    static Flow flow() {
        Flow flow = Flow.build(Flows.checkerboardThenGlow(SHAPE, 2, 2, 8, 8), Precision.DOUBLE,
                Initialization.standard(4));
        flow.initialize(Quantization.eightBit().midpoint(images(16, 6)));
        Random random = new Random(9);
        for (String name : flow.parameterNames()) {
            INDArray p = flow.parameter(name);
            for (long i = 0; i < p.length(); i++) {
                p.putScalar(i, p.getDouble(i) + 0.05 * random.nextGaussian());
            }
        }
        return flow;
    }

    /** Flatten → dense 16 → 8 → tanh → dense 8 → 3: smooth, so finite differences are reliable. */
    static Model classifier(long seed) {
        Flatten flatten = new Flatten(FieldType.plain(1), 4, 4);
        Dense hidden = new Dense(flatten.outType(), 8);
        Sequential net = Sequential.of(flatten, hidden, new Pointwise(hidden.outType(), Nonlinearity.TANH),
                new Dense(hidden.outType(), CLASSES));
        return Model.build(net, Precision.DOUBLE, Initialization.standard(seed), 1, 4, 4);
    }

    /** The least likely class of each image, a target that needs several steps. */
    static int[] leastLikely(Model classifier, INDArray images) {
        INDArray logits = classifier.output(images);
        int[] targets = new int[(int) images.size(0)];
        for (int i = 0; i < targets.length; i++) {
            double[] row = logits.getRow(i).toDoubleVector();
            int least = 0;
            for (int k = 1; k < row.length; k++) {
                least = row[k] < row[least] ? k : least;
            }
            targets[i] = least;
        }
        return targets;
    }
}
