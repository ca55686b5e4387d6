package org.gdl4j.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.gdl4j.Tabular;
import org.gdl4j.ntk.empirical.LogLogFit;

/**
 * Orbit metrics of sub-ensembles of every size {@code m = 1, 2, 4, …, M}: the curve on which emergent
 * equivariance shows (Gerken and Kessel, ICML 2024). Each size is averaged over disjoint sub-ensembles of
 * consecutive members (at most {@code maxGroups} of them); the members themselves are summarised separately
 * (mean, minimum and maximum OSP), which is the band the ensembles are compared with.
 *
 * <p>For an exactly invariant infinite ensemble and i.i.d. members, the mean squared invariance error of an
 * {@code m}-member ensemble is {@code 1/m} times a member's, so {@link #rmsSlope()} is {@code −1/2} at every
 * training time — also at initialisation, where the OSP does not yet rise with {@code m}.
 *
 * @param points one point per ensemble size, ascending
 * @param memberOsp the OSP of every member, in member order
 */
public record EnsembleSizeCurve(List<Point> points, double[] memberOsp) implements Tabular {

    /**
     * The metrics of ensembles of one size, averaged over disjoint sub-ensembles.
     *
     * @param size {@code m}
     * @param groups how many disjoint sub-ensembles were averaged
     * @param osp the mean OSP count, in {@code [1, |G|]}
     * @param fullOrbitFraction the fraction of inputs predicted alike on the whole orbit
     * @param rmsError the RMS invariance error of the mean logits, averaged over the sub-ensembles
     * @param relativeError the relative invariance error of the mean logits
     * @param accuracy the accuracy on the untransformed inputs, or NaN without labels
     */
    public record Point(int size, int groups, double osp, double fullOrbitFraction, double rmsError,
                        double relativeError, double accuracy) {
    }

    /**
     * Validates and copies.
     *
     * @param points at least one point
     * @param memberOsp at least one value
     */
    public EnsembleSizeCurve {
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        memberOsp = Objects.requireNonNull(memberOsp, "memberOsp").clone();
        if (points.isEmpty() || memberOsp.length == 0) {
            throw new IllegalArgumentException("expected at least one ensemble size and one member");
        }
    }

    /**
     * The curve without accuracies (e.g. for noise inputs, which have no labels).
     *
     * @param logits every member's logits on the orbit, {@code [M][G][N][K]}, with {@code |G| ≥ 2}
     * @param maxGroups the most disjoint sub-ensembles averaged per size, at least 1
     * @return the curve over {@code SubEnsembles.sizes(M)}
     */
    public static EnsembleSizeCurve of(OrbitLogits logits, int maxGroups) {
        return compute(logits, null, maxGroups);
    }

    /**
     * The curve with accuracies on the untransformed inputs.
     *
     * @param logits every member's logits on the orbit, {@code [M][G][N][K]}, with {@code |G| ≥ 2}
     * @param labels {@code N} class indices
     * @param maxGroups the most disjoint sub-ensembles averaged per size, at least 1
     * @return the curve over {@code SubEnsembles.sizes(M)}
     * @throws IllegalArgumentException if the labels do not match the inputs
     */
    public static EnsembleSizeCurve of(OrbitLogits logits, int[] labels, int maxGroups) {
        return compute(logits, Objects.requireNonNull(labels, "labels"), maxGroups);
    }

    private static EnsembleSizeCurve compute(OrbitLogits logits, int[] labels, int maxGroups) {
        Objects.requireNonNull(logits, "logits");
        List<Point> points = new ArrayList<>();
        for (int size : SubEnsembles.sizes(logits.members())) {
            points.add(point(logits, labels, size, SubEnsembles.consecutive(logits.members(), size, maxGroups)));
        }
        double[] memberOsp = new double[logits.members()];
        for (int m = 0; m < memberOsp.length; m++) {
            memberOsp[m] = OrbitSamePrediction.mean(logits.member(m));
        }
        return new EnsembleSizeCurve(points, memberOsp);
    }

    private static Point point(OrbitLogits logits, int[] labels, int size, List<List<Integer>> groups) {
        double osp = 0;
        double full = 0;
        double rms = 0;
        double relative = 0;
        double accuracy = 0;
        for (List<Integer> group : groups) {
            double[][][] mean = logits.mean(group);
            OspSummary summary = OrbitSamePrediction.summarize(mean);
            osp += summary.mean() / groups.size();
            full += summary.fullOrbitFraction() / groups.size();
            rms += InvarianceError.rms(mean) / groups.size();
            relative += InvarianceError.relative(mean) / groups.size();
            accuracy += labels == null ? Double.NaN : Predictions.identityAccuracy(mean, labels) / groups.size();
        }
        return new Point(size, groups.size(), osp, full, rms, relative, accuracy);
    }

    /** @return the ensemble sizes {@code m}, ascending */
    public double[] sizes() {
        return points.stream().mapToDouble(Point::size).toArray();
    }

    /** @return the mean OSP per size */
    public double[] osp() {
        return points.stream().mapToDouble(Point::osp).toArray();
    }

    /** @return the RMS invariance error per size */
    public double[] rmsError() {
        return points.stream().mapToDouble(Point::rmsError).toArray();
    }

    /** @return the point of the largest ensemble */
    public Point largest() {
        return points.get(points.size() - 1);
    }

    /** @return the mean of the members' OSP */
    public double memberOspMean() {
        return Arrays.stream(memberOsp).average().orElseThrow();
    }

    /** @return the smallest member OSP */
    public double memberOspMin() {
        return Arrays.stream(memberOsp).min().orElseThrow();
    }

    /** @return the largest member OSP */
    public double memberOspMax() {
        return Arrays.stream(memberOsp).max().orElseThrow();
    }

    /**
     * The least-squares slope of {@code log(RMS error)} against {@code log m}; {@code −1/2} for i.i.d.
     * members whose infinite ensemble is invariant.
     *
     * @return the fit
     * @throws IllegalArgumentException if there are fewer than two sizes
     */
    public LogLogFit rmsSlope() {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a slope needs at least two ensemble sizes but the curve has "
                    + points.size());
        }
        return LogLogFit.of(sizes(), rmsError());
    }

    @Override
    public List<String> columnNames() {
        return List.of("m", "sub-ensembles", "OSP", "full-orbit fraction", "RMS error", "relative error",
                "accuracy");
    }

    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Point p : points) {
            rows.add(List.of(p.size(), p.groups(), round(p.osp()), round(p.fullOrbitFraction()), round(p.rmsError()),
                    round(p.relativeError()), Double.isNaN(p.accuracy()) ? "–" : round(p.accuracy())));
        }
        return rows;
    }

    private static double round(double value) {
        return Math.round(value * 1e4) / 1e4;
    }
}
