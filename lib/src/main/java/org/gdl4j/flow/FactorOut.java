package org.gdl4j.flow;

import java.util.List;
import java.util.Objects;
import org.gdl4j.nn.NetworkGraph;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Multiscale factor-out (Dinh et al., ICLR 2017, §3.6): the first half of the channels leaves as part of the
 * latent {@code z}, the second half continues through {@code inner}, and the output is their concatenation,
 * {@code y = concat(x_a, reshape(inner(x_b)))}, of the same dimension as {@code x}. With the flow's
 * standard-normal prior on all of {@code y} this is the factored-out prior of RealNVP and Glow (without Glow's
 * learned conditional prior). Log-determinant: that of {@code inner}.
 *
 * <p>Shapes: input and output {@code [N, C, H, W]}; {@code inner} maps {@code [C/2, H, W]} to any shape of
 * dimension {@code C/2·H·W}, which is reshaped back to {@code [C/2, H, W]}.
 *
 * @param shape the input shape, with even {@code C}
 * @param inner the bijection applied to the second half of the channels
 */
public record FactorOut(ImageShape shape, Bijection inner) implements Bijection {

    /** Checks that the channels split in half and that {@code inner} fits the second half. */
    public FactorOut {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(inner, "inner");
        if (shape.channels() % 2 != 0) {
            throw new IllegalArgumentException("factor-out expects an even channel count C but got " + shape);
        }
        ImageShape half = new ImageShape(shape.channels() / 2, shape.height(), shape.width());
        if (!inner.inShape().equals(half) || inner.outShape().dimension() != half.dimension()) {
            throw new IllegalArgumentException("factor-out of " + shape + " expects an inner bijection from " + half
                    + " to a shape of dimension " + half.dimension() + " but got " + inner.inShape() + " -> "
                    + inner.outShape());
        }
    }

    @Override
    public ImageShape inShape() {
        return shape;
    }

    @Override
    public ImageShape outShape() {
        return shape;
    }

    @Override
    public String name() {
        return "factorout";
    }

    @Override
    public BoundBijection bind(NetworkGraph graph) {
        BoundBijection bound;
        try (NetworkGraph.Scope scope = graph.scope(inner.name())) {
            bound = inner.bind(graph);
        }
        SameDiff sd = graph.sameDiff();
        int half = shape.channels() / 2;
        return new BoundBijection() {
            @Override
            public FlowStep forward(SDVariable x) {
                shape.requireVariable(x, "factor-out input");
                FlowStep continued = bound.forward(channels(x, half, 2 * half));
                return new FlowStep(join(channels(x, 0, half), continued.value()), continued.logDet());
            }

            @Override
            public FlowStep inverse(SDVariable y) {
                shape.requireVariable(y, "factor-out inverse input");
                ImageShape out = inner.outShape();
                SDVariable z = channels(y, half, 2 * half).reshape(-1, out.channels(), out.height(), out.width());
                FlowStep continued = bound.inverse(z);
                return new FlowStep(sd.concat(1, channels(y, 0, half), continued.value()), continued.logDet());
            }

            private SDVariable join(SDVariable kept, SDVariable continued) {
                return sd.concat(1, kept, continued.reshape(-1, half, shape.height(), shape.width()));
            }

            @Override
            public List<DataInitialized> dataInitialized() {
                return bound.dataInitialized();
            }
        };
    }

    private static SDVariable channels(SDVariable x, int from, int to) {
        return x.get(SDIndex.all(), SDIndex.interval(from, to), SDIndex.all(), SDIndex.all());
    }
}
