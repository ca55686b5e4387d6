package org.gdl4j.flow;

import java.util.List;
import java.util.Objects;
import org.gdl4j.nn.NetworkGraph;
import org.gdl4j.nn.ParameterRole;
import org.gdl4j.nn.ParameterSpec;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Affine coupling (Dinh et al., ICLR 2017, §3.3): with the mask {@code m} (1 on the kept part {@code x_a}),
 * {@code y = m⊙x + (1 − m)⊙(x⊙exp(s) + t)}, where {@code (raw, t) = NN(m⊙x)} comes from a {@link Conditioner}
 * and the scale is bounded, {@code s = c·tanh(raw/c)}, with a learned per-channel {@code c = exp(v) > 0}
 * ({@code v} starts at 0). Log-determinant {@code Σ (1 − m)⊙s}; inverse
 * {@code x = m⊙y + (1 − m)⊙(y − t)⊙exp(−s)} with {@code s, t} computed from {@code m⊙y = m⊙x}. The
 * conditioner's heads start at zero, so the coupling starts as the identity.
 *
 * <p>Shapes: {@code [N, C, H, W]} in and out; parameters: the conditioner's (convolutional: filters
 * {@code [3, 3, C, hidden]}, {@code [3, 3, hidden, C]} ×2; dense: {@code [D, hidden]}, {@code [hidden, D]} ×2;
 * with biases) and {@code v} {@code [C]}.
 *
 * @param shape the image shape {@code [C, H, W]}
 * @param mask which coordinates are kept
 * @param hidden the conditioner's hidden width, at least 1
 * @param conditioner convolutional or dense
 */
public record AffineCoupling(ImageShape shape, CouplingMask mask, int hidden, Conditioner conditioner)
        implements Bijection {

    /** Validates the mask against the shape and the width. */
    public AffineCoupling {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(conditioner, "conditioner");
        mask.requireSplittable(shape);
        if (hidden < 1) {
            throw new IllegalArgumentException("expected a hidden width of at least 1 but got " + hidden);
        }
    }

    /**
     * An affine coupling with the convolutional conditioner.
     *
     * @param shape the image shape {@code [C, H, W]}
     * @param mask which coordinates are kept
     * @param hidden the conditioner's hidden width, at least 1
     */
    public AffineCoupling(ImageShape shape, CouplingMask mask, int hidden) {
        this(shape, mask, hidden, Conditioner.CONVOLUTIONAL);
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
        return "affine";
    }

    @Override
    public BoundBijection bind(NetworkGraph graph) {
        SameDiff sd = graph.sameDiff();
        SDVariable kept = sd.constant(mask.pattern(shape, graph.dataType()));
        SDVariable changed = kept.rsub(1.0);
        CouplingConditioner network = CouplingConditioner.create(conditioner, graph, shape, hidden, 2);
        SDVariable logBound = graph.parameter(new ParameterSpec("log_scale_bound", new long[] {shape.channels()}, 1,
                ParameterRole.SHIFT));
        SDVariable bound = FlowOps.perChannel(sd.math().exp(logBound), shape.channels());
        return new BoundBijection() {
            /** Returns {@code (1 − m)⊙s} and {@code (1 − m)⊙t} computed from the kept part. */
            private SDVariable[] scaleAndShift(SDVariable input) {
                List<SDVariable> heads = network.apply(input.mul(kept));
                SDVariable s = sd.math().tanh(heads.get(0).div(bound)).mul(bound).mul(changed);
                return new SDVariable[] {s, heads.get(1).mul(changed)};
            }

            @Override
            public FlowStep forward(SDVariable x) {
                shape.requireVariable(x, "affine coupling input");
                SDVariable[] st = scaleAndShift(x);
                SDVariable y = x.mul(sd.math().exp(st[0])).add(st[1]);
                return new FlowStep(y, FlowOps.sumPerSample(st[0]));
            }

            @Override
            public FlowStep inverse(SDVariable y) {
                shape.requireVariable(y, "affine coupling inverse input");
                SDVariable[] st = scaleAndShift(y);
                SDVariable x = y.sub(st[1]).mul(sd.math().exp(st[0].neg()));
                return new FlowStep(x, FlowOps.sumPerSample(st[0]).neg());
            }
        };
    }
}
