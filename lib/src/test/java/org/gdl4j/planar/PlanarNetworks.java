package org.gdl4j.planar;

import java.util.ArrayList;
import java.util.List;
import org.gdl4j.group.FiniteGroup;
import org.gdl4j.nn.Dense;
import org.gdl4j.nn.FieldKind;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.GlobalAveragePool;
import org.gdl4j.nn.Layer;
import org.gdl4j.nn.Pointwise;
import org.gdl4j.nn.Sequential;

/** Small networks the planar tests share. */
final class PlanarNetworks {

    private PlanarNetworks() {
    }

    /** lift → relu → group conv → batch norm → relu → group max pool → global mean → dense(classes). */
    static Sequential gcnn(FiniteGroup<?> group, int channels, int fields, int classes, int k) {
        LiftingConvolution lift = LiftingConvolution.of(group, channels, fields, k);
        GroupConvolution conv = GroupConvolution.of(lift.outType(), fields, k);
        return Sequential.of(lift, Pointwise.relu(lift.outType()), conv, new FieldBatchNorm(conv.outType()),
                Pointwise.relu(conv.outType()), new GroupPooling(conv.outType(), PoolingKind.MAX),
                new GlobalAveragePool(FieldType.trivial(group, fields)),
                new Dense(FieldType.trivial(group, fields), classes));
    }

    /** conv → batch norm → relu → conv → relu → global mean → dense(classes), on plain channels. */
    static Sequential cnn(int channels, int width, int classes, int k) {
        Convolution first = Convolution.of(channels, width, k);
        Convolution second = Convolution.of(width, width, k);
        return Sequential.of(first, new FieldBatchNorm(first.outType()), Pointwise.relu(first.outType()), second,
                Pointwise.relu(second.outType()), new GlobalAveragePool(second.outType()),
                new Dense(second.outType(), classes));
    }

    /** A head that turns any planar feature map into {@code classes} logits, for testing one layer. */
    static Sequential withHead(Layer layer, int classes) {
        List<Layer> layers = new ArrayList<>(List.of(layer));
        FieldType type = layer.outType();
        if (type.kind() == FieldKind.REGULAR) {
            GroupPooling pool = new GroupPooling(type, PoolingKind.MEAN);
            layers.add(pool);
            type = pool.outType();
        }
        layers.add(new GlobalAveragePool(type));
        layers.add(new Dense(type, classes));
        return new Sequential(layers);
    }
}
