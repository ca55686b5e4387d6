package org.gdl4j.flow;

import java.util.Objects;
import org.gdl4j.nn.NetworkGraph;
import org.gdl4j.nn.ParameterRole;
import org.gdl4j.nn.ParameterSpec;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Invertible 1×1 convolution with LU parameterisation (Kingma and Dhariwal, NeurIPS 2018, §3.2): every pixel's
 * channel vector is multiplied by {@code W = P·L·(U + diag(σ⊙exp(ℓ)))}, with a fixed permutation {@code P},
 * a learned unit lower triangular {@code L}, a learned strictly upper triangular {@code U}, fixed signs
 * {@code σ} and learned {@code ℓ}. Initialised from the LU factors of a random orthogonal matrix drawn from
 * the graph's seed ({@link LuDecomposition}).
 *
 * <p>Log-determinant {@code H·W·Σ ℓ} ({@code det W} may be negative; this is {@code log|det|}). The inverse
 * multiplies by {@code W⁻¹ = (U + D)⁻¹·L⁻¹·Pᵀ}, where the triangular inverses are finite Neumann series of
 * the nilpotent strictly triangular parts ({@code (I + N)⁻¹ = Σ_{k<C} (−N)^k}), built from matrix products
 * only so that the inverse pass is differentiable in SameDiff.
 *
 * <p>Shapes: {@code [N, C, H, W]} in and out; parameters {@code L, U} {@code [C, C]} (only the strictly
 * triangular parts are used) and {@code ℓ} {@code [C]}.
 *
 * @param shape the image shape {@code [C, H, W]}
 */
public record InvertibleConv1x1(ImageShape shape) implements Bijection {

    /** Checks the shape. */
    public InvertibleConv1x1 {
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
    public String name() {
        return "invconv";
    }

    @Override
    public BoundBijection bind(NetworkGraph graph) {
        int c = shape.channels();
        LuDecomposition[] lu = new LuDecomposition[1];
        SDVariable lower = graph.parameter(new ParameterSpec("lower", new long[] {c, c}, c, ParameterRole.WEIGHT),
                random -> {
                    lu[0] = LuDecomposition.ofRandomOrthogonal(c, random);
                    return matrix(lu[0].lower());
                });
        SDVariable upper = graph.parameter(new ParameterSpec("upper", new long[] {c, c}, c, ParameterRole.WEIGHT),
                random -> matrix(lu[0].upper()));
        SDVariable logScale = graph.parameter(new ParameterSpec("log_scale", new long[] {c}, 1, ParameterRole.SHIFT),
                random -> Nd4j.createFromArray(lu[0].logAbsDiagonal()));
        Triangles t = new Triangles(graph, lu[0], lower, upper, logScale);
        return new Bound(graph.sameDiff(), t.weight(), t.inverseWeight(), logScale);
    }

    private static INDArray matrix(double[][] values) {
        return Nd4j.createFromArray(values).castTo(DataType.DOUBLE);
    }

    private static INDArray strictlyLowerMask(int c) {
        double[][] mask = new double[c][c];
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < i; j++) {
                mask[i][j] = 1;
            }
        }
        return matrix(mask);
    }

    /** The triangular factors of {@code W} and {@code W⁻¹} as graph variables. */
    private final class Triangles {
        private final SameDiff sd;
        private final int c;
        private final SDVariable identity;
        private final SDVariable permutation;
        private final SDVariable strictLower;
        private final SDVariable strictUpper;
        private final SDVariable diagonal;
        private final SDVariable inverseDiagonal;

        Triangles(NetworkGraph graph, LuDecomposition lu, SDVariable lower, SDVariable upper, SDVariable logScale) {
            this.sd = graph.sameDiff();
            this.c = shape.channels();
            DataType type = graph.dataType();
            this.identity = sd.constant(Nd4j.eye(c).castTo(type));
            this.permutation = sd.constant(matrix(lu.permutation()).castTo(type));
            INDArray lowerMask = strictlyLowerMask(c);
            this.strictLower = lower.mul(sd.constant(lowerMask.castTo(type)));
            this.strictUpper = upper.mul(sd.constant(lowerMask.transpose().dup().castTo(type)));
            SDVariable signs = sd.constant(Nd4j.createFromArray(lu.signs()).castTo(type));
            this.diagonal = signs.mul(sd.math().exp(logScale));
            this.inverseDiagonal = signs.mul(sd.math().exp(logScale.neg()));
        }

        /** {@code W = P·(I + N_L)·(N_U + D)}. */
        SDVariable weight() {
            SDVariable upperFactor = strictUpper.add(identity.mul(diagonal.reshape(1, c)));
            return permutation.mmul(strictLower.add(identity)).mmul(upperFactor);
        }

        /** {@code W⁻¹ = (I + D⁻¹N_U)⁻¹·D⁻¹·(I + N_L)⁻¹·Pᵀ}. */
        SDVariable inverseWeight() {
            SDVariable upperInverse = unitTriangularInverse(strictUpper.mul(inverseDiagonal.reshape(c, 1)))
                    .mul(inverseDiagonal.reshape(1, c));
            return upperInverse.mmul(unitTriangularInverse(strictLower)).mmul(permutation.permute(1, 0));
        }

        /** {@code (I + N)⁻¹ = I − N(I − N(I − …))} for a nilpotent {@code N} ({@code N^C = 0}). */
        private SDVariable unitTriangularInverse(SDVariable nilpotent) {
            SDVariable result = identity;
            for (int k = 1; k < c; k++) {
                result = identity.sub(nilpotent.mmul(result));
            }
            return result;
        }
    }

    /** The bound map: a 1×1 convolution with {@code W} forward and {@code W⁻¹} inverse. */
    private final class Bound implements BoundBijection {
        private final SameDiff sd;
        private final SDVariable weight;
        private final SDVariable inverseWeight;
        private final SDVariable logScale;

        Bound(SameDiff sd, SDVariable weight, SDVariable inverseWeight, SDVariable logScale) {
            this.sd = sd;
            this.weight = weight;
            this.inverseWeight = inverseWeight;
            this.logScale = logScale;
        }

        /** Multiplies every pixel's channel vector by {@code m}: a 1×1 YXIO filter {@code [1, 1, C, C] = mᵀ}. */
        private SDVariable multiply(SDVariable batch, SDVariable m) {
            int c = shape.channels();
            return sd.cnn().conv2d(batch, m.permute(1, 0).reshape(1, 1, c, c), FlowOps.convolution(1));
        }

        @Override
        public FlowStep forward(SDVariable x) {
            shape.requireVariable(x, "1x1 convolution input");
            return new FlowStep(multiply(x, weight), FlowOps.perSample(x, logScale.sum().mul(shape.pixels())));
        }

        @Override
        public FlowStep inverse(SDVariable y) {
            shape.requireVariable(y, "1x1 convolution inverse input");
            return new FlowStep(multiply(y, inverseWeight),
                    FlowOps.perSample(y, logScale.sum().mul(shape.pixels()).neg()));
        }
    }
}
