package org.gdl4j.counterfactual;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * What a counterfactual changed, as arrays to display on a diverging colour map (Dombrowski et al., IEEE TPAMI,
 * show {@code Σ_channels |x − x'|}). For a VAE or GAN compare with the reconstruction
 * {@code g(encode(x))} ({@link Counterfactual#start()}) so that reconstruction error is not shown as explanation.
 *
 * <p>Shapes: images {@code [N, C, H, W]} or {@code [C, H, W]}.
 */
public final class Differences {

    private Differences() {
    }

    /**
     * The signed change per pixel and channel.
     *
     * @param counterfactual {@code x'}
     * @param reference {@code x} or {@code g(encode(x))}, same shape
     * @return {@code x' − x}, same shape
     */
    public static INDArray change(INDArray counterfactual, INDArray reference) {
        requireSameShape(counterfactual, reference);
        return counterfactual.sub(reference);
    }

    /**
     * The heat map: the absolute change summed over channels.
     *
     * @param counterfactual {@code x'}, {@code [N, C, H, W]} or {@code [C, H, W]}
     * @param reference same shape
     * @return {@code Σ_c |x' − x|}, {@code [N, H, W]} or {@code [H, W]}
     */
    public static INDArray heatMap(INDArray counterfactual, INDArray reference) {
        INDArray absolute = Transforms.abs(change(counterfactual, reference), false);
        return absolute.sum(absolute.rank() - 3);
    }

    static void requireSameShape(INDArray a, INDArray b) {
        if (!Arrays.equals(a.shape(), b.shape())) {
            throw new IllegalArgumentException("expected images of one shape but got " + Arrays.toString(a.shape())
                    + " and " + Arrays.toString(b.shape()));
        }
    }
}
