package org.gdl4j.planar;

import org.gdl4j.nn.GeometricTensor;
import org.gdl4j.nn.Layout;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Splits the channel axis of planar feature maps into fields and group elements, and joins it back.
 *
 * <p>Channels-first maps {@code [N, F·|G|, H, W]} split into {@code [N, F, |G|, H, W]}; channels-last maps
 * {@code [N, H, W, F·|G|]} into {@code [N, H, W, F, |G|]}. Either way the group axis follows the field axis.
 */
final class FieldAxes {

    private FieldAxes() {
    }

    /** The axis of the group elements in a split map, after the fields' axis: 2 or 4. */
    static int groupAxis(Layout layout) {
        return layout.channelAxis() + 1;
    }

    /** The axes of a split map other than the field axis: batch, group and pixels. */
    static int[] allButFields(Layout layout) {
        return layout == Layout.CHANNELS_FIRST ? new int[] {0, 2, 3, 4} : new int[] {0, 1, 2, 4};
    }

    /** The shape that broadcasts a per-field vector {@code [F]} against a split map. */
    static long[] perField(Layout layout, int fields) {
        return layout == Layout.CHANNELS_FIRST ? new long[] {1, fields, 1, 1, 1} : new long[] {1, 1, 1, fields, 1};
    }

    /** A map to its split form, with batch and spatial sizes taken at run time. */
    static SDVariable split(SameDiff sd, GeometricTensor x, int fields, int order) {
        return x.value().reshape(shapeWith(sd, x.value(), x.layout(), new long[] {fields, order}));
    }

    /** A split map back to the layout and shape of {@code like}. */
    static SDVariable join(SameDiff sd, SDVariable split, GeometricTensor like, int fields, int order) {
        return split.reshape(shapeWith(sd, like.value(), like.layout(), new long[] {(long) fields * order}));
    }

    /** The shape of map {@code x} with its channel axis replaced by {@code channels}. */
    private static SDVariable shapeWith(SameDiff sd, SDVariable x, Layout layout, long[] channels) {
        SDVariable shape = x.shape();
        SDVariable middle = sd.constant(Nd4j.createFromArray(channels)).castTo(shape.dataType());
        if (layout == Layout.CHANNELS_LAST) {
            return sd.concat(0, shape.get(SDIndex.interval(0, 3)), middle);
        }
        SDVariable batch = shape.get(SDIndex.interval(0, 1));
        SDVariable spatial = shape.get(SDIndex.interval(2, 4));
        return sd.concat(0, batch, middle, spatial);
    }
}
