package org.gdl4j.flow;

import java.util.ArrayList;
import java.util.List;

/**
 * Factories for small image flows. All start with the {@link LogitTransform} pre-processing (α = 0.05), so
 * their input is dequantised images in {@code [0, 1]}.
 */
public final class Flows {

    private Flows() {
    }

    /**
     * A RealNVP-style flow (Dinh et al., ICLR 2017, §3.6, one scale plus a factored-out tail): logit →
     * {@code couplings} checkerboard affine couplings (alternating parity) → squeeze → {@code couplings}
     * channel-wise affine couplings (alternating halves) → factor-out, in which half of the channels leaves and
     * the other half passes {@code couplings} more checkerboard couplings.
     *
     * @param shape the image shape, with even {@code H} and {@code W}
     * @param couplings couplings per stage, at least 1
     * @param hidden the conditioners' hidden width
     * @return the flow's bijection, {@code [C, H, W] → [4C, H/2, W/2]}
     */
    public static Composition realNvp(ImageShape shape, int couplings, int hidden) {
        requirePositive(couplings, "couplings");
        List<Bijection> steps = new ArrayList<>(List.of(LogitTransform.of(shape)));
        steps.addAll(couplings(shape, CouplingMask.CHECKERBOARD_EVEN, couplings, hidden, Conditioner.CONVOLUTIONAL));
        Squeeze squeeze = new Squeeze(shape);
        ImageShape squeezed = squeeze.outShape();
        steps.add(squeeze);
        steps.addAll(couplings(squeezed, CouplingMask.CHANNELS_FIRST_HALF, couplings, hidden,
                Conditioner.CONVOLUTIONAL));
        ImageShape half = new ImageShape(squeezed.channels() / 2, squeezed.height(), squeezed.width());
        steps.add(new FactorOut(squeezed, new Composition(couplings(half, CouplingMask.CHECKERBOARD_EVEN, couplings,
                hidden, Conditioner.CONVOLUTIONAL))));
        return new Composition(steps);
    }

    /**
     * A Glow-style flow (Kingma and Dhariwal, NeurIPS 2018, one block): logit → squeeze → {@code steps} × (ActNorm →
     * invertible 1×1 convolution → additive channel-wise coupling), as in Dombrowski et al.'s Glow models.
     *
     * @param shape the image shape, with even {@code H} and {@code W}
     * @param steps flow steps, at least 1
     * @param hidden the conditioners' hidden width
     * @return the flow's bijection, {@code [C, H, W] → [4C, H/2, W/2]}
     */
    public static Composition glow(ImageShape shape, int steps, int hidden) {
        requirePositive(steps, "steps");
        Squeeze squeeze = new Squeeze(shape);
        List<Bijection> parts = new ArrayList<>(List.of(LogitTransform.of(shape), squeeze));
        ImageShape s = squeeze.outShape();
        CouplingMask mask = CouplingMask.CHANNELS_FIRST_HALF;
        for (int k = 0; k < steps; k++) {
            parts.addAll(List.of(new ActNorm(s), new InvertibleConv1x1(s), new AdditiveCoupling(s, mask, hidden)));
            mask = mask.opposite();
        }
        return new Composition(parts);
    }

    /**
     * The small flow of the diffeomorphic-counterfactual reproduction on 1×14×14 images (Dombrowski et al.,
     * IEEE TPAMI; about 25 k parameters with 3, 4, 24, 48): logit → {@code checkerboard} affine checkerboard
     * couplings (hidden {@code hiddenCheckerboard}) → squeeze → {@code glowSteps} × (ActNorm → 1×1 convolution →
     * channel-wise affine coupling, hidden {@code hiddenGlow}); no factor-out.
     *
     * @param shape the image shape, with even {@code H} and {@code W}
     * @param checkerboard checkerboard couplings, at least 1
     * @param glowSteps Glow steps, at least 1
     * @param hiddenCheckerboard hidden width of the checkerboard couplings
     * @param hiddenGlow hidden width of the channel-wise couplings
     * @return the flow's bijection, {@code [C, H, W] → [4C, H/2, W/2]}
     */
    public static Composition checkerboardThenGlow(ImageShape shape, int checkerboard, int glowSteps,
                                                   int hiddenCheckerboard, int hiddenGlow) {
        return checkerboardThenGlow(shape, checkerboard, glowSteps, hiddenCheckerboard, hiddenGlow,
                Conditioner.CONVOLUTIONAL);
    }

    /**
     * {@link #checkerboardThenGlow(ImageShape, int, int, int, int)} with the given conditioner in every affine
     * coupling.
     *
     * @param shape the image shape, with even {@code H} and {@code W}
     * @param checkerboard checkerboard couplings, at least 1
     * @param glowSteps Glow steps, at least 1
     * @param hiddenCheckerboard hidden width of the checkerboard couplings
     * @param hiddenGlow hidden width of the channel-wise couplings
     * @param conditioner convolutional or dense conditioners
     * @return the flow's bijection, {@code [C, H, W] → [4C, H/2, W/2]}
     */
    public static Composition checkerboardThenGlow(ImageShape shape, int checkerboard, int glowSteps,
                                                   int hiddenCheckerboard, int hiddenGlow, Conditioner conditioner) {
        requirePositive(checkerboard, "checkerboard couplings");
        requirePositive(glowSteps, "Glow steps");
        List<Bijection> parts = new ArrayList<>(List.of(LogitTransform.of(shape)));
        parts.addAll(couplings(shape, CouplingMask.CHECKERBOARD_EVEN, checkerboard, hiddenCheckerboard, conditioner));
        Squeeze squeeze = new Squeeze(shape);
        parts.add(squeeze);
        ImageShape s = squeeze.outShape();
        CouplingMask mask = CouplingMask.CHANNELS_FIRST_HALF;
        for (int k = 0; k < glowSteps; k++) {
            parts.addAll(List.of(new ActNorm(s), new InvertibleConv1x1(s),
                    new AffineCoupling(s, mask, hiddenGlow, conditioner)));
            mask = mask.opposite();
        }
        return new Composition(parts);
    }

    /**
     * The brief's flow for 1×14×14 FashionMNIST: {@link #checkerboardThenGlow} with 3 couplings (hidden 24) and
     * 4 Glow steps (hidden 48).
     *
     * @param shape the image shape, e.g. {@code 1×14×14}
     * @return the flow's bijection
     */
    public static Composition counterfactualFlow(ImageShape shape) {
        return checkerboardThenGlow(shape, 3, 4, 24, 48);
    }

    private static List<Bijection> couplings(ImageShape shape, CouplingMask first, int count, int hidden,
                                             Conditioner conditioner) {
        List<Bijection> list = new ArrayList<>();
        CouplingMask mask = first;
        for (int k = 0; k < count; k++) {
            list.add(new AffineCoupling(shape, mask, hidden, conditioner));
            mask = mask.opposite();
        }
        return list;
    }

    private static void requirePositive(int count, String what) {
        if (count < 1) {
            throw new IllegalArgumentException("expected at least one of the " + what + " but got " + count);
        }
    }
}
