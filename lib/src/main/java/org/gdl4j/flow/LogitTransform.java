package org.gdl4j.flow;

import java.util.Objects;
import org.gdl4j.nn.NetworkGraph;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * The logit pre-processing of a flow on images in {@code [0, 1]} (Dinh et al., ICLR 2017, §4.1): squash
 * away from 0 and 1, then take the logit,
 * {@code p = α + (1 − 2α)·x}, {@code y = log p − log(1 − p)}, so that the flow sees unbounded values.
 *
 * <p>Log-determinant per sample: {@code Σ_pixels [log(1 − 2α) − log p − log(1 − p)]}, equivalently
 * {@code Σ [softplus(y) + softplus(−y) + log(1 − 2α)]}. Inverse: {@code x = (sigmoid(y) − α)/(1 − 2α)}.
 * No parameters. Shapes: {@code [N, C, H, W]} in and out.
 *
 * @param shape the image shape {@code [C, H, W]}
 * @param alpha the margin {@code α ∈ (0, 0.5)}; 0.05 in Dombrowski et al. (IEEE TPAMI) and here by default
 */
public record LogitTransform(ImageShape shape, double alpha) implements Bijection {

    /** The margin used by the diffeomorphic-counterfactual flows. */
    public static final double DEFAULT_ALPHA = 0.05;

    /** Validates the margin. */
    public LogitTransform {
        Objects.requireNonNull(shape, "shape");
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("expected α in (0, 0.5) but got " + alpha);
        }
    }

    /**
     * The pre-processing with {@code α = 0.05}.
     *
     * @param shape the image shape
     * @return the bijection
     */
    public static LogitTransform of(ImageShape shape) {
        return new LogitTransform(shape, DEFAULT_ALPHA);
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
        return "logit";
    }

    @Override
    public BoundBijection bind(NetworkGraph graph) {
        SameDiff sd = graph.sameDiff();
        double logSquash = Math.log(1 - 2 * alpha);
        return new BoundBijection() {
            @Override
            public FlowStep forward(SDVariable x) {
                shape.requireVariable(x, "logit input");
                SDVariable p = x.mul(1 - 2 * alpha).add(alpha);
                SDVariable logP = sd.math().log(p);
                SDVariable logQ = sd.math().log(p.rsub(1.0));
                SDVariable perPixel = logP.add(logQ).rsub(logSquash);
                return new FlowStep(logP.sub(logQ), FlowOps.sumPerSample(perPixel));
            }

            @Override
            public FlowStep inverse(SDVariable y) {
                shape.requireVariable(y, "logit inverse input");
                SDVariable perPixel = sd.nn().softplus(y).add(sd.nn().softplus(y.neg())).add(logSquash);
                SDVariable x = sd.nn().sigmoid(y).sub(alpha).div(1 - 2 * alpha);
                return new FlowStep(x, FlowOps.sumPerSample(perPixel).neg());
            }
        };
    }
}
