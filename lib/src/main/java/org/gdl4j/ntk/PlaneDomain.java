package org.gdl4j.ntk;

/**
 * A planar feature map of {@code H×W} pixels; the kernel of a pair is the spatial covariance over pixel pairs.
 *
 * <p>Shapes: pair kernel {@code [1, H·W, H·W]} = {@code [H, W, H, W]} row-major, entry
 * {@code K[(i, j), (i', j')]} at {@code ((i·W + j)·H + i')·W + j'}; variances {@code [H, W]}.
 *
 * @param height {@code H ≥ 1}
 * @param width  {@code W ≥ 1}
 */
public record PlaneDomain(int height, int width) implements KernelDomain {

    /**
     * Validates the size.
     *
     * @param height {@code H ≥ 1}
     * @param width  {@code W ≥ 1}
     * @throws IllegalArgumentException if a side is below 1
     */
    public PlaneDomain {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("expected a plane of at least 1×1 pixels but got "
                    + height + "×" + width);
        }
    }

    @Override
    public int positions() {
        return height * width;
    }

    @Override
    public int blocks() {
        return 1;
    }

    @Override
    public int featuresPerChannel() {
        return height * width;
    }

    /**
     * Whether height and width agree, as quarter turns need.
     *
     * @return {@code H == W}
     */
    public boolean isSquare() {
        return height == width;
    }

    /**
     * A short description.
     *
     * @return for example {@code "plane 5×5"}
     */
    @Override
    public String toString() {
        return "plane " + height + "×" + width;
    }
}
