package org.gdl4j.counterfactual;

/**
 * How {@link LatentFit} searches for a latent: Adam on {@code ‖g(z) − x‖²} from a seeded Gaussian start until
 * the L2 error {@code ‖g(z) − x‖₂} is at most the tolerance or the budget is spent.
 *
 * @param learningRate Adam's step size, positive and finite (5e-2 suits flow latents of unit scale)
 * @param tolerance the L2 error {@code ‖g(z) − x‖₂} per image at which its fit stops, positive
 * @param maxSteps the budget of Adam steps per image, at least 1
 * @param startScale {@code σ ≥ 0}: the start is {@code z_0 ~ N(0, σ²I)} (0 starts at the origin)
 * @param seed the seed of the start
 */
public record LatentFitConfig(double learningRate, double tolerance, int maxSteps, double startScale, long seed) {

    /** Validates the settings. */
    public LatentFitConfig {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("expected a positive finite learning rate but got " + learningRate);
        }
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("expected a positive finite tolerance but got " + tolerance);
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("expected a budget of at least one step but got " + maxSteps);
        }
        if (!(startScale >= 0) || !Double.isFinite(startScale)) {
            throw new IllegalArgumentException("expected a finite start scale σ ≥ 0 but got " + startScale);
        }
    }

    /** @param value the budget @return a copy with it */
    public LatentFitConfig withMaxSteps(int value) {
        return new LatentFitConfig(learningRate, tolerance, value, startScale, seed);
    }

    /** @param value the seed of the start @return a copy with it */
    public LatentFitConfig withSeed(long value) {
        return new LatentFitConfig(learningRate, tolerance, maxSteps, startScale, value);
    }
}
