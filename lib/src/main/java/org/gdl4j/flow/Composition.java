package org.gdl4j.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gdl4j.nn.NetworkGraph;
import org.nd4j.autodiff.samediff.SDVariable;

/**
 * The composition {@code f = f_K ∘ … ∘ f_1} of bijections whose shapes chain: log-determinants add
 * ({@code log|det ∂f/∂x| = Σ_k log|det ∂f_k/∂x_{k−1}|}) and the inverse runs the inverses in reverse order.
 * Each part gets its own parameter scope, {@code "<index>-<name>"}.
 *
 * <p>Shapes: input {@code [N, steps[0].inShape()]}, output {@code [N, steps[K−1].outShape()]}.
 *
 * @param steps the bijections in forward order, at least one
 */
public record Composition(List<Bijection> steps) implements Bijection {

    /** Checks that consecutive shapes match. */
    public Composition {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("expected at least one bijection in a composition but got none");
        }
        for (int k = 1; k < steps.size(); k++) {
            ImageShape before = steps.get(k - 1).outShape();
            ImageShape after = steps.get(k).inShape();
            if (!before.equals(after)) {
                throw new IllegalArgumentException("step " + k + " (" + steps.get(k).name() + ") expects input "
                        + after + " but step " + (k - 1) + " (" + steps.get(k - 1).name() + ") outputs " + before);
            }
        }
    }

    /**
     * Composes bijections given in forward order.
     *
     * @param steps the bijections
     * @return their composition
     */
    public static Composition of(Bijection... steps) {
        return new Composition(List.of(steps));
    }

    @Override
    public ImageShape inShape() {
        return steps.get(0).inShape();
    }

    @Override
    public ImageShape outShape() {
        return steps.get(steps.size() - 1).outShape();
    }

    @Override
    public String name() {
        return "flow";
    }

    @Override
    public BoundBijection bind(NetworkGraph graph) {
        List<BoundBijection> bound = new ArrayList<>();
        for (int k = 0; k < steps.size(); k++) {
            try (NetworkGraph.Scope scope = graph.scope(k + "-" + steps.get(k).name())) {
                bound.add(steps.get(k).bind(graph));
            }
        }
        return new BoundBijection() {
            @Override
            public FlowStep forward(SDVariable x) {
                SDVariable value = x;
                SDVariable logDet = null;
                for (BoundBijection step : bound) {
                    FlowStep out = step.forward(value);
                    value = out.value();
                    logDet = logDet == null ? out.logDet() : logDet.add(out.logDet());
                }
                return new FlowStep(value, logDet);
            }

            @Override
            public FlowStep inverse(SDVariable y) {
                SDVariable value = y;
                SDVariable logDet = null;
                for (int k = bound.size() - 1; k >= 0; k--) {
                    FlowStep out = bound.get(k).inverse(value);
                    value = out.value();
                    logDet = logDet == null ? out.logDet() : logDet.add(out.logDet());
                }
                return new FlowStep(value, logDet);
            }

            @Override
            public List<DataInitialized> dataInitialized() {
                List<DataInitialized> parts = new ArrayList<>();
                bound.forEach(b -> parts.addAll(b.dataInitialized()));
                return parts;
            }
        };
    }
}
