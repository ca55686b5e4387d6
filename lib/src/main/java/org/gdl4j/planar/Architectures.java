package org.gdl4j.planar;

import org.gdl4j.group.FiniteGroup;
import org.gdl4j.nn.Dense;
import org.gdl4j.nn.FieldType;
import org.gdl4j.nn.GlobalAveragePool;
import org.gdl4j.nn.Pointwise;
import org.gdl4j.nn.Sequential;

/**
 * The small image classifiers of the planar notebook: a group-convolutional network and a CNN of the same
 * depth, built from the same kinds of layers, so that the group structure is the only difference.
 *
 * <p>Both have three 3×3 convolutions with batch normalisation and ReLU, 2×2 max pooling after the first two,
 * global average pooling and a dense classifier. The group network pools over the group axis before the
 * global pooling, which makes it invariant. With {@code F} regular fields of a group of order {@code |G|},
 * its parameter count is about {@code 2·9·|G|·F²}; a CNN of width {@code C} has about {@code 2·9·C²}, so
 * {@code C = F·√|G|} ({@code 2F} for C4) matches it.
 *
 * <p>The two 2×2 poolings commute exactly with quarter turns only when they tile the maps, so exact
 * equivariance needs {@code H} and {@code W} divisible by 4 (e.g. FashionMNIST cropped to 24×24 or 12×12);
 * other sizes crop a border row and column and break it, which {@link LayerwiseEquivariance} shows.
 */
public final class Architectures {

    private Architectures() {
    }

    /**
     * lift → BN → ReLU → pool → group conv → BN → ReLU → pool → group conv → BN → ReLU → group max pool →
     * global mean → dense.
     *
     * @param group the group of planar symmetries (C4, D4, …)
     * @param channels image channels
     * @param fields regular fields per hidden layer
     * @param classes output classes
     * @return the network, from {@code [N, channels, H, W]} to {@code [N, classes]} logits
     */
    public static Sequential groupCnn(FiniteGroup<?> group, int channels, int fields, int classes) {
        LiftingConvolution lift = LiftingConvolution.of(group, channels, fields, 3);
        FieldType hidden = lift.outType();
        FieldType invariant = FieldType.trivial(group, fields);
        return Sequential.of(lift, new FieldBatchNorm(hidden), Pointwise.relu(hidden),
                new SpatialPooling(hidden, PoolingKind.MAX, 2),
                GroupConvolution.of(hidden, fields, 3), new FieldBatchNorm(hidden), Pointwise.relu(hidden),
                new SpatialPooling(hidden, PoolingKind.MAX, 2),
                GroupConvolution.of(hidden, fields, 3), new FieldBatchNorm(hidden), Pointwise.relu(hidden),
                new GroupPooling(hidden, PoolingKind.MAX), new GlobalAveragePool(invariant),
                new Dense(invariant, classes));
    }

    /**
     * conv → BN → ReLU → pool → conv → BN → ReLU → pool → conv → BN → ReLU → global mean → dense.
     *
     * @param channels image channels
     * @param width channels per hidden layer
     * @param classes output classes
     * @return the network, from {@code [N, channels, H, W]} to {@code [N, classes]} logits
     */
    public static Sequential cnn(int channels, int width, int classes) {
        Convolution first = Convolution.of(channels, width, 3);
        FieldType hidden = first.outType();
        return Sequential.of(first, new FieldBatchNorm(hidden), Pointwise.relu(hidden),
                new SpatialPooling(hidden, PoolingKind.MAX, 2),
                Convolution.of(width, width, 3), new FieldBatchNorm(hidden), Pointwise.relu(hidden),
                new SpatialPooling(hidden, PoolingKind.MAX, 2),
                Convolution.of(width, width, 3), new FieldBatchNorm(hidden), Pointwise.relu(hidden),
                new GlobalAveragePool(hidden), new Dense(hidden, classes));
    }

    /**
     * The CNN width whose parameter count matches a group network's: {@code round(F·√|G|)}.
     *
     * @param group the group network's group
     * @param fields its regular fields per hidden layer
     * @return the matching width
     */
    public static int matchingCnnWidth(FiniteGroup<?> group, int fields) {
        return (int) Math.round(fields * Math.sqrt(group.order()));
    }
}
