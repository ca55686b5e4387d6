package org.gdl4j.planar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdl4j.Precision;
import org.gdl4j.check.EquivarianceCheck;
import org.gdl4j.check.Tolerance;
import org.gdl4j.group.Groups;
import org.gdl4j.group.PlanarSymmetry;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Model;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ArchitecturesTest {

    @Test
    void matchedCnnHasAboutTheGroupNetworksParameterCount() {
        var c4 = Groups.cyclic(4);
        long group = Model.build(Architectures.groupCnn(c4, 1, 6, 10), Precision.FLOAT, Initialization.standard(1),
                1, 16, 16).parameterCount();
        int width = Architectures.matchingCnnWidth(c4, 6);
        long plain = Model.build(Architectures.cnn(1, width, 10), Precision.FLOAT, Initialization.standard(1),
                1, 16, 16).parameterCount();
        assertEquals(12, width);
        assertTrue(Math.abs(group - plain) < 0.1 * group, group + " vs " + plain);
    }

    @Test
    void groupCnnIsInvariantAndEveryLayerEquivariant() {
        Model model = Model.build(Architectures.groupCnn(Groups.dihedral(4), 1, 2, 3), Precision.DOUBLE,
                Initialization.standard(8), 1, 12, 12);
        Nd4j.getRandom().setSeed(2);
        INDArray images = Nd4j.rand(DataType.DOUBLE, 3, 1, 12, 12);
        LayerwiseEquivariance.Table table = LayerwiseEquivariance.check(model, images);
        assertEquals(model.network() instanceof org.gdl4j.nn.Sequential s ? s.layers().size() : -1,
                table.layers().size());
        assertTrue(table.maxAbsoluteError() < 1e-10, table.rows().toString());
        @SuppressWarnings("unchecked")
        List<PlanarSymmetry> elements = (List<PlanarSymmetry>) (List<?>) Groups.dihedral(4).elements();
        EquivarianceCheck.<PlanarSymmetry>invariance(model::output, FieldActions.onImages())
                .run(elements, List.of(images)).assertWithin(Tolerance.exact(Precision.DOUBLE));
    }
}
