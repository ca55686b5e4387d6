package org.gdl4j.ntk;

import java.util.Random;
import org.gdl4j.ntk.c4.C4Form;
import org.gdl4j.ntk.c4.GroupConv;
import org.gdl4j.ntk.c4.LiftingConv;

/** Inputs and architectures shared by the kernel tests. */
public final class NtkFixtures {

    /** {@code σ_w² = 2} for ReLU layers. */
    public static final Initialization RELU_INIT = Initialization.ntk(Math.sqrt(2));
    /** {@code σ_ro² = 1} readout without bias. */
    public static final Initialization READOUT = Initialization.ntk(1);

    private NtkFixtures() {
    }

    /** The golden input {@code xa[i,j,c] = sin(0.7 i + 1.3 j + 0.5 c) + 0.1 i}, 5×5×2. */
    public static PlanarImage goldenA() {
        return fromFunction(5, 2, (i, j, c) -> Math.sin(0.7 * i + 1.3 * j + 0.5 * c) + 0.1 * i);
    }

    /** The golden input {@code xb[i,j,c] = cos(0.4 i − 0.9 j + 1.1 c) − 0.05 j}, 5×5×2. */
    public static PlanarImage goldenB() {
        return fromFunction(5, 2, (i, j, c) -> Math.cos(0.4 * i - 0.9 * j + 1.1 * c) - 0.05 * j);
    }

    interface PixelFunction {
        double at(int i, int j, int c);
    }

    static PlanarImage fromFunction(int size, int channels, PixelFunction f) {
        double[] values = new double[channels * size * size];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    values[(c * size + i) * size + j] = f.at(i, j, c);
                }
            }
        }
        return new PlanarImage(channels, size, size, values);
    }

    /** Standard normal pixels. */
    public static PlanarImage random(Random random, int channels, int size) {
        return fromFunction(size, channels, (i, j, c) -> random.nextGaussian());
    }

    /** [Conv q SAME σ_w²=2 → ReLU] × depth → GAP → Dense(1). */
    public static KernelLayer cnn(int depth, int filterSize, Padding padding) {
        KernelLayer[] layers = new KernelLayer[2 * depth + 2];
        for (int l = 0; l < depth; l++) {
            layers[2 * l] = new Conv(8, filterSize, padding, RELU_INIT);
            layers[2 * l + 1] = Elementwise.relu();
        }
        layers[2 * depth] = new GlobalAveragePool();
        layers[2 * depth + 1] = new Dense(1, READOUT);
        return KernelLayer.serial(layers);
    }

    /** Lifting → ReLU → [GroupConv → ReLU] × (depth − 1) → GroupPool → Dense(1). */
    public static KernelLayer gcnn(int depth, int filterSize, Padding padding, C4Form form) {
        KernelLayer[] layers = new KernelLayer[2 * depth + 2];
        layers[0] = new LiftingConv(8, filterSize, padding, RELU_INIT, form);
        layers[1] = Elementwise.relu();
        for (int l = 1; l < depth; l++) {
            layers[2 * l] = new GroupConv(8, filterSize, padding, RELU_INIT);
            layers[2 * l + 1] = Elementwise.relu();
        }
        layers[2 * depth] = new GroupPool();
        layers[2 * depth + 1] = new Dense(1, READOUT);
        return KernelLayer.serial(layers);
    }

    /** Evaluates a network on a pair in the form it needs. */
    public static Kernel evaluate(KernelLayer network, PlanarImage x, PlanarImage y) {
        return network.apply(Kernel.between(x, y, network.requiredInputForm()));
    }
}
