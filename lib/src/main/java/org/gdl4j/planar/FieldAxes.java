package org.gdl4j.planar;

import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;

/** Splits the channel axis of planar feature maps into fields and group elements, and joins it back. */
final class FieldAxes {

    private FieldAxes() {
    }

    /** {@code [N, F·|G|, H, W]} to {@code [N, F, |G|, H, W]}, with batch and spatial sizes taken at run time. */
    static SDVariable split(SameDiff sd, SDVariable x, int fields, int order) {
        return x.reshape(shapeWith(sd, x, new long[] {fields, order}));
    }

    /** {@code [N, F, |G|, H, W]} back to {@code [N, F·|G|, H, W]}. */
    static SDVariable join(SameDiff sd, SDVariable x5, SDVariable like, int fields, int order) {
        return x5.reshape(shapeWith(sd, like, new long[] {(long) fields * order}));
    }

    /** The shape of {@code [N, ·, H, W]} {@code x} with the channel axis replaced by {@code channels}. */
    private static SDVariable shapeWith(SameDiff sd, SDVariable x, long[] channels) {
        SDVariable shape = x.shape();
        SDVariable batch = shape.get(SDIndex.interval(0, 1));
        SDVariable spatial = shape.get(SDIndex.interval(2, 4));
        SDVariable middle = sd.constant(Nd4j.createFromArray(channels)).castTo(shape.dataType());
        return sd.concat(0, batch, middle, spatial);
    }
}
