package org.gdl4j.ntk.empirical;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gdl4j.group.Groups;
import org.gdl4j.nn.Dense;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.GlobalAveragePool;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Layer;
import org.gdl4j.nn.Pointwise;
import org.gdl4j.nn.Sequential;
import org.gdl4j.ntk.Conv;
import org.gdl4j.ntk.Elementwise;
import org.gdl4j.ntk.Gram;
import org.gdl4j.ntk.GramMatrices;
import org.gdl4j.ntk.GramOptions;
import org.gdl4j.ntk.GroupPool;
import org.gdl4j.ntk.ImageSet;
import org.gdl4j.ntk.KernelLayer;
import org.gdl4j.ntk.Padding;
import org.gdl4j.ntk.ProgressDisplay;
import org.gdl4j.ntk.c4.C4Form;
import org.gdl4j.ntk.c4.GroupConv;
import org.gdl4j.ntk.c4.LiftingConv;
import org.gdl4j.planar.Convolution;
import org.gdl4j.planar.GroupConvolution;
import org.gdl4j.planar.GroupPooling;
import org.gdl4j.planar.LiftingConvolution;
import org.gdl4j.planar.PoolingKind;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One description of a network from which both its finite version (planar layers, NTK parameterisation)
 * and its infinite-width kernel map are built, so that the two correspond layer by layer: same depth,
 * filter size, SAME padding, pooling, read-out and scales.
 *
 * <ul>
 * <li>{@link Family#CNN}: {@code [Conv q×q → ReLU] × depth → global average pool → Dense(1)}, hidden width
 *     {@code C} channels;</li>
 * <li>{@link Family#C4}: {@code lifting q×q → ReLU → [group conv q×q → ReLU] × (depth − 1) → group mean pool
 *     → global average pool → Dense(1)}, hidden width {@code F} regular C4 fields ({@code 4F} channels).</li>
 * </ul>
 * Every linear layer, read-out included, uses the same {@code σ_w} and {@code σ_b}: the finite network's
 * {@link Initialization} has one pair of scales, and the kernel map is given the same pair. A finite
 * layer with {@code σ_b = 0} still has a bias parameter, but it enters multiplied by 0 and contributes
 * nothing to outputs or gradients, matching a kernel layer whose bias variance is 0.
 *
 * <p>Shapes: finite network {@code [N, channels, H, W] → [N, 1]}; kernel map from the input kernel of a
 * pair of {@code channels × H × W} images to a pooled scalar kernel.
 *
 * @param family     plain CNN or C4 group CNN
 * @param channels   input channels {@code C_in ≥ 1}
 * @param depth      convolutional layers {@code L ≥ 1}
 * @param filterSize odd {@code q ≥ 1}
 * @param width      hidden channels (CNN) or regular fields (C4), {@code ≥ 1}
 * @param sigmaW     {@code σ_w > 0} of every linear layer
 * @param sigmaB     {@code σ_b ≥ 0} of every linear layer
 */
public record MatchedArchitecture(Family family, int channels, int depth, int filterSize, int width,
                                  double sigmaW, double sigmaB) {

    /** The kind of convolution. */
    public enum Family {
        /** Plain convolutions over the translation group. */
        CNN,
        /** Lifting and group convolutions over C4 ⋉ Z² with regular fields. */
        C4
    }

    /**
     * Validates the description.
     *
     * @param family     plain CNN or C4 group CNN
     * @param channels   input channels {@code C_in ≥ 1}
     * @param depth      convolutional layers {@code L ≥ 1}
     * @param filterSize odd {@code q ≥ 1}
     * @param width      hidden channels (CNN) or regular fields (C4), {@code ≥ 1}
     * @param sigmaW     {@code σ_w > 0} of every linear layer
     * @param sigmaB     {@code σ_b ≥ 0} of every linear layer
     * @throws IllegalArgumentException for a non-positive size, an even filter or invalid scales
     */
    public MatchedArchitecture {
        Objects.requireNonNull(family, "family");
        requirePositive("channels", channels);
        requirePositive("depth", depth);
        requirePositive("width", width);
        Conv.halfWidth(filterSize);
        new Initialization(org.gdl4j.nn.Parameterization.NTK, sigmaW, sigmaB, 0);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("expected " + name + " ≥ 1 but got " + value);
        }
    }

    /**
     * A ReLU CNN with {@code σ_w = √2} (keeps activations of order one) and {@code σ_b = 0}.
     *
     * @param channels   input channels
     * @param depth      convolutional layers
     * @param filterSize odd filter size {@code q}
     * @param width      hidden channels {@code C}
     * @return the description
     */
    public static MatchedArchitecture cnn(int channels, int depth, int filterSize, int width) {
        return new MatchedArchitecture(Family.CNN, channels, depth, filterSize, width, Math.sqrt(2), 0);
    }

    /**
     * A ReLU C4 group CNN with {@code σ_w = √2} and {@code σ_b = 0}.
     *
     * @param channels   input channels
     * @param depth      convolutional layers (one lifting, {@code depth − 1} group convolutions)
     * @param filterSize odd filter size {@code q}
     * @param fields     regular C4 fields per hidden layer {@code F}
     * @return the description
     */
    public static MatchedArchitecture c4(int channels, int depth, int filterSize, int fields) {
        return new MatchedArchitecture(Family.C4, channels, depth, filterSize, fields, Math.sqrt(2), 0);
    }

    /**
     * The same architecture with other scales.
     *
     * @param newSigmaW {@code σ_w}
     * @param newSigmaB {@code σ_b}
     * @return the description
     */
    public MatchedArchitecture withScales(double newSigmaW, double newSigmaB) {
        return new MatchedArchitecture(family, channels, depth, filterSize, width, newSigmaW, newSigmaB);
    }

    /**
     * The same architecture with another hidden width.
     *
     * @param newWidth channels (CNN) or fields (C4)
     * @return the description
     */
    public MatchedArchitecture withWidth(int newWidth) {
        return new MatchedArchitecture(family, channels, depth, filterSize, newWidth, sigmaW, sigmaB);
    }

    /**
     * The initialisation of one finite network: NTK parameterisation with this description's scales.
     *
     * @param seed the seed of the parameter draw
     * @return the initialisation
     */
    public Initialization initialization(long seed) {
        return Initialization.ntk(sigmaW, sigmaB, seed);
    }

    /**
     * The finite network.
     *
     * @return the layers, {@code [N, channels, H, W] → [N, 1]}
     */
    public Sequential finite() {
        return family == Family.CNN ? finiteCnn() : finiteC4();
    }

    private Sequential finiteCnn() {
        List<Layer> layers = new ArrayList<>();
        FieldType type = FieldType.plain(channels);
        for (int l = 0; l < depth; l++) {
            Convolution conv = new Convolution(type, width, filterSize, org.gdl4j.planar.Padding.SAME);
            type = conv.outType();
            layers.add(conv);
            layers.add(Pointwise.relu(type));
        }
        layers.add(new GlobalAveragePool(type));
        layers.add(new Dense(type, 1));
        return new Sequential(layers);
    }

    private Sequential finiteC4() {
        List<Layer> layers = new ArrayList<>();
        LiftingConvolution lift = new LiftingConvolution(FieldType.trivial(Groups.cyclic(4), channels), width,
                filterSize, org.gdl4j.planar.Padding.SAME);
        FieldType hidden = lift.outType();
        layers.add(lift);
        layers.add(Pointwise.relu(hidden));
        for (int l = 1; l < depth; l++) {
            layers.add(new GroupConvolution(hidden, width, filterSize, org.gdl4j.planar.Padding.SAME));
            layers.add(Pointwise.relu(hidden));
        }
        FieldType invariant = FieldType.trivial(Groups.cyclic(4), width);
        layers.add(new GroupPooling(hidden, PoolingKind.MEAN));
        layers.add(new GlobalAveragePool(invariant));
        layers.add(new Dense(invariant, 1));
        return new Sequential(layers);
    }

    /**
     * The infinite-width kernel map of the same network.
     *
     * @return the serial kernel layer, ending in a pooled scalar kernel
     */
    public KernelLayer analytic() {
        org.gdl4j.ntk.Initialization init = org.gdl4j.ntk.Initialization.ntk(sigmaW, sigmaB);
        List<KernelLayer> layers = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            layers.add(analyticConv(l, init));
            layers.add(Elementwise.relu());
        }
        layers.add(family == Family.CNN ? new org.gdl4j.ntk.GlobalAveragePool() : new GroupPool());
        layers.add(new org.gdl4j.ntk.Dense(1, init));
        return KernelLayer.serial(layers.toArray(KernelLayer[]::new));
    }

    private KernelLayer analyticConv(int layer, org.gdl4j.ntk.Initialization init) {
        if (family == Family.CNN) {
            return new Conv(width, filterSize, Padding.SAME, init);
        }
        return layer == 0 ? new LiftingConv(width, filterSize, Padding.SAME, init, C4Form.ORBIT)
                : new GroupConv(width, filterSize, Padding.SAME, init);
    }

    /**
     * The analytic NNGP and NTK Gram matrices of this architecture on a set of images, on one thread.
     *
     * <p>Shapes: images {@code [N, channels, H, W]}; both matrices {@code [N][N]}.
     *
     * @param images the inputs
     * @return {@code K(X, X)} and {@code Θ(X, X)}
     */
    public GramMatrices analyticGram(INDArray images) {
        return Gram.symmetric(analytic(), ImageSet.fromNchw(images), new GramOptions(ProgressDisplay.NONE, 1));
    }

    @Override
    public String toString() {
        return family + "(depth " + depth + ", " + filterSize + "×" + filterSize + ", width " + width + ", σ_w "
                + sigmaW + ", σ_b " + sigmaB + ")";
    }
}
