package org.gdl4j.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.gdl4j.grid.ArrayAction;
import org.gdl4j.group.GroupElement;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Measures how far a function on arrays is from commuting with a group action: for each element {@code g},
 * {@code max|f(g·x) − g·f(x)|} over all inputs {@code x}.
 *
 * <p>Both sides are computed in the function's own precision and compared in float64. The result is an
 * {@link EquivarianceReport}: tests assert it against a {@link Tolerance}, notebooks display it. Invariance,
 * {@code f(g·x) = f(x)}, is the case of a trivial output action ({@link #invariance}).
 *
 * <pre>{@code
 * EquivarianceReport report = EquivarianceCheck.<CyclicElement>of(layer, ImageAction.exactWherePossible(),
 *         FieldAction.regular(c4, 8)).run(c4.testingElements(), List.of(images));
 * report.assertWithin(Tolerance.exact(Precision.FLOAT));
 * }</pre>
 *
 * <p>The elements come from the group ({@code testingElements()}); whether their action is exact comes
 * from the grid ({@link org.gdl4j.grid.ImageAction#exactness}), which decides the tolerance to use.
 *
 * @param <E> the element type
 */
public final class EquivarianceCheck<E extends GroupElement> {

    private final Function<INDArray, INDArray> function;
    private final ArrayAction<? super E> inputAction;
    private final ArrayAction<? super E> outputAction;
    private final EquivarianceReport.Kind kind;

    private EquivarianceCheck(Function<INDArray, INDArray> function, ArrayAction<? super E> inputAction,
            ArrayAction<? super E> outputAction, EquivarianceReport.Kind kind) {
        this.function = Objects.requireNonNull(function, "function");
        this.inputAction = Objects.requireNonNull(inputAction, "inputAction");
        this.outputAction = Objects.requireNonNull(outputAction, "outputAction");
        this.kind = kind;
    }

    /**
     * A check of {@code f(g·x) = g·f(x)}.
     *
     * @param function     the function {@code f}; must not modify its argument
     * @param inputAction  how elements act on inputs, for example on {@code [N, C, H, W]}
     * @param outputAction how elements act on outputs
     * @param <E>          the element type
     * @return the check
     */
    public static <E extends GroupElement> EquivarianceCheck<E> of(Function<INDArray, INDArray> function,
            ArrayAction<? super E> inputAction, ArrayAction<? super E> outputAction) {
        return new EquivarianceCheck<>(function, inputAction, outputAction, EquivarianceReport.Kind.EQUIVARIANCE);
    }

    /**
     * A check of {@code f(g·x) = f(x)}: the output action is {@link ArrayAction#trivial()}.
     *
     * @param function    the function {@code f}; must not modify its argument
     * @param inputAction how elements act on inputs
     * @param <E>         the element type
     * @return the check
     */
    public static <E extends GroupElement> EquivarianceCheck<E> invariance(Function<INDArray, INDArray> function,
            ArrayAction<? super E> inputAction) {
        return new EquivarianceCheck<>(function, inputAction, ArrayAction.trivial(),
                EquivarianceReport.Kind.INVARIANCE);
    }

    /**
     * Runs the check.
     *
     * <p>Shapes: each input has the shape the input action and the function accept (for planar layers
     * {@code [N, C, H, W]}); {@code f(g·x)} and {@code g·f(x)} must have the same shape.
     *
     * @param elements the elements to test, typically {@code group.testingElements()}; not empty
     * @param inputs   the inputs {@code x}; not empty
     * @return one row per element, in the order given
     * @throws IllegalArgumentException if a list is empty or {@code f(g·x)} and {@code g·f(x)} differ in shape
     */
    public EquivarianceReport run(List<? extends E> elements, List<INDArray> inputs) {
        requireNonEmpty(elements, "elements");
        requireNonEmpty(inputs, "inputs");
        List<INDArray> outputs = inputs.stream().map(function).toList();
        List<EquivarianceReport.ElementError> errors = new ArrayList<>();
        for (E g : elements) {
            errors.add(elementError(g, inputs, outputs));
        }
        return new EquivarianceReport(kind, errors);
    }

    private EquivarianceReport.ElementError elementError(E g, List<INDArray> inputs, List<INDArray> outputs) {
        Comparison worst = null;
        double scale = 0;
        for (int k = 0; k < inputs.size(); k++) {
            INDArray transformedFirst = function.apply(inputAction.apply(g, inputs.get(k)));
            INDArray transformedAfter = outputAction.apply(g, outputs.get(k));
            Comparison c = Comparison.of(g, k, transformedFirst, transformedAfter);
            scale = Math.max(scale, c.scale());
            if (worst == null || Double.compare(c.maxError(), worst.maxError()) > 0) {
                worst = c;
            }
        }
        double relative = relative(worst.maxError(), scale);
        return new EquivarianceReport.ElementError(g.toString(), worst.maxError(), relative, scale,
                worst.input(), worst.index());
    }

    private static double relative(double error, double scale) {
        if (error == 0) {
            return 0;
        }
        return scale == 0 ? Double.POSITIVE_INFINITY : error / scale;
    }

    private static void requireNonEmpty(List<?> list, String name) {
        Objects.requireNonNull(list, name);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("expected at least one of " + name + " but got none");
        }
    }

    /** The comparison of {@code a = f(g·x)} with {@code b = g·f(x)} for one input, in float64. */
    private record Comparison(int input, double maxError, double scale, List<Long> index) {

        static Comparison of(GroupElement g, int input, INDArray a, INDArray b) {
            if (!Arrays.equals(a.shape(), b.shape())) {
                throw new IllegalArgumentException("f(g·x) has shape " + Arrays.toString(a.shape())
                        + " but g·f(x) has shape " + Arrays.toString(b.shape()) + " for g = " + g
                        + ", input " + input);
            }
            if (a.length() == 0) {
                return new Comparison(input, 0.0, 0.0, List.of());
            }
            double[] first = a.dup('c').data().asDouble();
            double[] after = b.dup('c').data().asDouble();
            double maxError = 0;
            double scale = 0;
            int worst = 0;
            for (int i = 0; i < first.length; i++) {
                double error = Math.abs(first[i] - after[i]);
                if (Double.compare(error, maxError) > 0) {
                    maxError = error;
                    worst = i;
                }
                scale = Math.max(scale, Math.abs(after[i]));
            }
            return new Comparison(input, maxError, scale, unravel(worst, a.shape()));
        }

        private static List<Long> unravel(long flatIndex, long[] shape) {
            Long[] index = new Long[shape.length];
            long rest = flatIndex;
            for (int axis = shape.length - 1; axis >= 0; axis--) {
                index[axis] = rest % shape[axis];
                rest /= shape[axis];
            }
            return List.of(index);
        }
    }
}
