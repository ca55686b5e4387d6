package org.gdl4j.planar;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gdl4j.Tabular;
import org.gdl4j.check.EquivarianceCheck;
import org.gdl4j.check.EquivarianceReport;
import org.gdl4j.group.PlanarSymmetry;
import org.gdl4j.grid.ArrayAction;
import org.gdl4j.nn.CompiledLayer;
import org.gdl4j.nn.Layer;
import org.gdl4j.nn.Mode;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.Sequential;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The equivariance of a trained planar network after each of its layers: the output of the first {@code i}
 * layers is compared on transformed and untransformed inputs, using the action the layer's output type
 * declares (regular fields: space and group axis; trivial fields: space; feature vectors: none, i.e.
 * invariance).
 */
public final class LayerwiseEquivariance {

    private LayerwiseEquivariance() {
    }

    /**
     * Checks every prefix of a model's sequential network at inference.
     *
     * @param model a model whose network is a {@link Sequential} on trivial input fields of a planar group
     * @param images inputs {@code [N, C, H, W]} (square, for exact quarter turns)
     * @return one row per layer
     * @throws IllegalArgumentException if the network is not sequential
     */
    public static Table check(Model model, INDArray images) {
        Objects.requireNonNull(images, "images");
        if (!(model.network() instanceof Sequential network)) {
            throw new IllegalArgumentException("layer-wise checks need a sequential network but got " + model.network());
        }
        List<? extends PlanarSymmetry> elements = elements(network);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= network.layers().size(); i++) {
            Sequential prefix = network.prefix(i);
            CompiledLayer compiled = CompiledLayer.build(prefix, model.precision(), model.initialization(),
                    Mode.INFERENCE, model.sampleShape()).copyParametersFrom(model);
            Layer last = network.layers().get(i - 1);
            ArrayAction<PlanarSymmetry> out = compiled.apply(images).rank() == 4
                    ? FieldActions.of(last.outType()) : (g, x) -> x;
            EquivarianceReport report = EquivarianceCheck.<PlanarSymmetry>of(compiled, FieldActions.onImages(), out)
                    .run(elements, List.of(images));
            rows.add(new Row(i - 1, last.toString(), last.outType().toString(), report));
        }
        return new Table(rows);
    }

    @SuppressWarnings("unchecked")
    private static List<? extends PlanarSymmetry> elements(Sequential network) {
        return (List<? extends PlanarSymmetry>) PlanarGroup.of(network.inType().group()).elements();
    }

    /**
     * The check of one prefix.
     *
     * @param index the index of its last layer
     * @param layer the last layer
     * @param type the last layer's output type
     * @param report the equivariance report of the prefix
     */
    public record Row(int index, String layer, String type, EquivarianceReport report) {
    }

    /**
     * The checks of all prefixes, one row per layer.
     *
     * @param layers the rows in layer order
     */
    public record Table(List<Row> layers) implements Tabular {

        /** Copies the rows. */
        public Table {
            layers = List.copyOf(layers);
        }

        /** @return the largest absolute error over all layers */
        public double maxAbsoluteError() {
            return layers.stream().mapToDouble(r -> r.report().maxAbsoluteError()).max().orElse(0);
        }

        @Override
        public List<String> columnNames() {
            return List.of("layer", "after", "output type", "max abs error", "max rel error");
        }

        @Override
        public List<List<Object>> rows() {
            List<List<Object>> cells = new ArrayList<>();
            for (Row r : layers) {
                cells.add(List.of(r.index(), r.layer(), r.type(), r.report().maxAbsoluteError(),
                        r.report().maxRelativeError()));
            }
            return cells;
        }
    }
}
