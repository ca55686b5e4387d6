package org.gdl4j.flow;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.gdl4j.nn.NetworkGraph;
import org.gdl4j.nn.ParameterRole;
import org.gdl4j.nn.ParameterSpec;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Activation normalisation (Kingma and Dhariwal, NeurIPS 2018, §3.1): a per-channel affine map
 * {@code y = exp(ℓ)⊙(x + b)} with learned {@code b, ℓ ∈ R^C}, initialised from a first batch so that its
 * output has zero mean and unit standard deviation per channel: {@code b = −mean},
 * {@code exp(ℓ) = 1/(std + 1e-6)} (population statistics over {@code N, H, W}); see {@link Flow#initialize}.
 * Unlike batch normalisation it is the same map in training and inference.
 *
 * <p>Log-determinant {@code H·W·Σ_c ℓ_c}; inverse {@code x = y⊙exp(−ℓ) − b}. Shapes: {@code [N, C, H, W]} in
 * and out; parameters {@code b, ℓ} {@code [C]}, both 0 before initialisation.
 *
 * @param shape the image shape {@code [C, H, W]}
 */
public record ActNorm(ImageShape shape) implements Bijection {

    /** Added to the standard deviation in the data-dependent initialisation. */
    public static final double EPSILON = 1e-6;

    /** Checks the shape. */
    public ActNorm {
        Objects.requireNonNull(shape, "shape");
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
    public BoundBijection bind(NetworkGraph graph) {
        int c = shape.channels();
        SDVariable shift = graph.parameter(new ParameterSpec("shift", new long[] {c}, 1, ParameterRole.SHIFT));
        SDVariable logScale = graph.parameter(new ParameterSpec("log_scale", new long[] {c}, 1, ParameterRole.SHIFT));
        return new Bound(graph.sameDiff(), shift, logScale);
    }

    /** The bound map, which remembers the input of its first forward pass for the initialisation. */
    private final class Bound implements BoundBijection, DataInitialized {
        private final SameDiff sd;
        private final SDVariable shift;
        private final SDVariable logScale;
        private SDVariable firstInput;

        Bound(SameDiff sd, SDVariable shift, SDVariable logScale) {
            this.sd = sd;
            this.shift = shift;
            this.logScale = logScale;
        }

        private SDVariable logDet(SDVariable batch) {
            return FlowOps.perSample(batch, logScale.sum().mul(shape.pixels()));
        }

        @Override
        public FlowStep forward(SDVariable x) {
            shape.requireVariable(x, "actnorm input");
            if (firstInput == null) {
                firstInput = x;
            }
            int c = shape.channels();
            SDVariable y = x.add(FlowOps.perChannel(shift, c)).mul(FlowOps.perChannel(sd.math().exp(logScale), c));
            return new FlowStep(y, logDet(x));
        }

        @Override
        public FlowStep inverse(SDVariable y) {
            shape.requireVariable(y, "actnorm inverse input");
            int c = shape.channels();
            SDVariable x = y.mul(FlowOps.perChannel(sd.math().exp(logScale.neg()), c)).sub(FlowOps.perChannel(shift, c));
            return new FlowStep(x, logDet(y).neg());
        }

        @Override
        public List<DataInitialized> dataInitialized() {
            return List.of(this);
        }

        @Override
        public void initialize(Function<SDVariable, INDArray> evaluate) {
            if (firstInput == null) {
                throw new IllegalStateException("actnorm has no forward pass in the graph to initialise from");
            }
            INDArray x = evaluate.apply(firstInput);
            INDArray perChannel = x.permute(1, 0, 2, 3).dup().reshape(shape.channels(), -1);
            INDArray mean = perChannel.mean(1);
            INDArray std = perChannel.std(false, 1);
            shift.getArr().assign(mean.neg());
            logScale.getArr().assign(Transforms.log(std.add(EPSILON), false).negi());
        }
    }
}
