package org.gdl4j.counterfactual;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Latents fitted to images by {@link LatentFit}, one per image.
 *
 * <p>Shapes: latents {@code [N, latentShape…]}; per-image values {@code N}.
 *
 * @param latents {@code z_i}: the first iterate whose error is within the tolerance, otherwise the last one
 * @param errors {@code ‖g(z_i) − x_i‖₂}, the L2 error of the returned latents (the decoder's raw output, not
 *               clamped)
 * @param steps the Adam steps taken to reach each returned latent
 * @param tolerance the tolerance the fit was run with
 */
public record FittedLatents(INDArray latents, double[] errors, int[] steps, double tolerance) {

    /** Copies the arrays and checks that there is one error and one step count per latent. */
    public FittedLatents {
        Objects.requireNonNull(latents, "latents");
        errors = errors.clone();
        steps = steps.clone();
        if (errors.length != latents.size(0) || steps.length != latents.size(0)) {
            throw new IllegalArgumentException("expected one error and one step count per latent (" + latents.size(0)
                    + ") but got " + errors.length + " and " + steps.length);
        }
    }

    /** @return the L2 errors, a copy */
    @Override
    public double[] errors() {
        return errors.clone();
    }

    /** @return the step counts, a copy */
    @Override
    public int[] steps() {
        return steps.clone();
    }

    /** @param i an image index @return whether its error is within the tolerance */
    public boolean converged(int i) {
        return errors[i] <= tolerance;
    }

    /** @return whether every error is within the tolerance */
    public boolean allConverged() {
        return Arrays.stream(errors).allMatch(e -> e <= tolerance);
    }
}
