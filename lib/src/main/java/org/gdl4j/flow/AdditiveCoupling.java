package org.gdl4j.flow;

import java.util.Objects;
import org.gdl4j.nn.NetworkGraph;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Additive coupling (NICE, Dinh, Krueger and Bengio, 2015; the coupling of the Glow models in Kingma and
 * Dhariwal, NeurIPS 2018, and of Dombrowski et al., IEEE TPAMI): with the mask {@code m} (1 on the kept
 * part), {@code y = x + (1 − m)⊙t(m⊙x)}, where {@code t} is a zero-initialised {@link CouplingNetwork}.
 * Volume-preserving: log-determinant 0. Inverse {@code x = y − (1 − m)⊙t(m⊙y)}.
 *
 * <p>Shapes: {@code [N, C, H, W]} in and out.
 *
 * @param shape the image shape {@code [C, H, W]}
 * @param mask which coordinates are kept
 * @param hidden the conditioner's hidden width, at least 1
 */
public record AdditiveCoupling(ImageShape shape, CouplingMask mask, int hidden) implements Bijection {

    /** Validates the mask against the shape and the width. */
    public AdditiveCoupling {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(mask, "mask");
        mask.requireSplittable(shape);
        if (hidden < 1) {
            throw new IllegalArgumentException("expected a hidden width of at least 1 but got " + hidden);
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
        return "additive";
    }

    @Override
    public BoundBijection bind(NetworkGraph graph) {
        SameDiff sd = graph.sameDiff();
        SDVariable kept = sd.constant(mask.pattern(shape, graph.dataType()));
        SDVariable changed = kept.rsub(1.0);
        CouplingNetwork network = CouplingNetwork.create(graph, shape.channels(), hidden, 1);
        return new BoundBijection() {
            @Override
            public FlowStep forward(SDVariable x) {
                shape.requireVariable(x, "additive coupling input");
                SDVariable y = x.add(network.apply(x.mul(kept)).get(0).mul(changed));
                return new FlowStep(y, FlowOps.sumPerSample(x).mul(0.0));
            }

            @Override
            public FlowStep inverse(SDVariable y) {
                shape.requireVariable(y, "additive coupling inverse input");
                SDVariable x = y.sub(network.apply(y.mul(kept)).get(0).mul(changed));
                return new FlowStep(x, FlowOps.sumPerSample(y).mul(0.0));
            }
        };
    }
}
