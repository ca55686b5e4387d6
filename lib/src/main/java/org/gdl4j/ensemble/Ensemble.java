package org.gdl4j.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.gdl4j.Precision;
import org.gdl4j.nn.Initialization;
import org.gdl4j.nn.Layer;
import org.gdl4j.nn.Model;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A deep ensemble: {@code M} models of one architecture with independently drawn parameters, whose
 * prediction is the mean of the members' logits (Lakshminarayanan, Pritzel and Blundell, NeurIPS 2017). Gerken
 * and Kessel ("Emergent Equivariance in Deep Ensembles", ICML 2024) prove that with full-orbit data
 * augmentation the infinite ensemble's mean is equivariant at every training time, although no member is.
 *
 * <p>Member {@code i} is initialised with the seed {@link #memberSeed(long, int) memberSeed(seed, i)}, so
 * one seed fixes the whole ensemble and every member's draw is independent of the ensemble's size.
 *
 * <p>Shapes: inputs {@code [N, sampleShape…]}; member logits {@code [M, N, K]}; mean logits and mean
 * probabilities {@code [N, K]}.
 */
public final class Ensemble {

    private final List<Model> members;

    private Ensemble(List<Model> members) {
        this.members = List.copyOf(members);
    }

    /**
     * Builds {@code M} freshly initialised members.
     *
     * @param network the architecture, whose output is {@code [N, K]} logits
     * @param precision the data type of parameters and activations
     * @param initialization the scales, and the ensemble's seed from which the members' seeds derive
     * @param size {@code M ≥ 1}
     * @param sampleShape the shape of one input sample, e.g. {@code 1, 28, 28}
     * @return the ensemble
     * @throws IllegalArgumentException if {@code M < 1} or the sample shape does not fit the network
     */
    public static Ensemble initialize(Layer network, Precision precision, Initialization initialization, int size,
                                      long... sampleShape) {
        Objects.requireNonNull(initialization, "initialization");
        requireSize(size);
        List<Model> models = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Initialization member = initialization.withSeed(memberSeed(initialization.seed(), i));
            models.add(Model.build(network, precision, member, sampleShape));
        }
        return new Ensemble(models);
    }

    /**
     * An ensemble of existing models, e.g. loaded ones or a chosen sub-ensemble.
     *
     * @param members at least one model; all of one architecture, sample shape and precision
     * @return the ensemble
     * @throws IllegalArgumentException if the list is empty or the members differ in architecture, sample
     *                                  shape or precision
     */
    public static Ensemble of(List<Model> members) {
        Objects.requireNonNull(members, "members");
        requireSize(members.size());
        Model first = members.get(0);
        for (int i = 1; i < members.size(); i++) {
            Model other = Objects.requireNonNull(members.get(i), "member " + i);
            if (!other.network().toString().equals(first.network().toString())
                    || !Arrays.equals(other.sampleShape(), first.sampleShape())
                    || other.precision() != first.precision()) {
                throw new IllegalArgumentException("expected members of one architecture, sample shape and "
                        + "precision, but member 0 is " + first + " on " + Arrays.toString(first.sampleShape())
                        + " and member " + i + " is " + other + " on " + Arrays.toString(other.sampleShape()));
            }
        }
        return new Ensemble(members);
    }

    private static void requireSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("an ensemble needs at least one member but got " + size);
        }
    }

    /**
     * The seed of member {@code i}: the SplitMix64 mix of {@code seed + (i + 1)·γ} with the golden-ratio
     * increment {@code γ}, so neighbouring members get unrelated seeds.
     *
     * @param seed the ensemble's seed
     * @param member {@code i ≥ 0}
     * @return the member's seed
     */
    public static long memberSeed(long seed, int member) {
        if (member < 0) {
            throw new IllegalArgumentException("expected a member index ≥ 0 but got " + member);
        }
        long z = seed + (member + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** @return {@code M}, the number of members */
    public int size() {
        return members.size();
    }

    /** @return the members, in order */
    public List<Model> members() {
        return members;
    }

    /**
     * One member.
     *
     * @param index in {@code [0, M)}
     * @return the member (live: training it changes the ensemble)
     */
    public Model member(int index) {
        Objects.checkIndex(index, members.size());
        return members.get(index);
    }

    /**
     * The sub-ensemble of the given members, sharing their models.
     *
     * @param indices distinct member indices, at least one
     * @return the sub-ensemble
     * @throws IllegalArgumentException if an index repeats or none is given
     */
    public Ensemble subEnsemble(int... indices) {
        requireSize(indices.length);
        if (Arrays.stream(indices).distinct().count() != indices.length) {
            throw new IllegalArgumentException("sub-ensemble members must be distinct but got "
                    + Arrays.toString(indices));
        }
        return new Ensemble(Arrays.stream(indices).mapToObj(this::member).toList());
    }

    /** @return {@code K}, the number of classes */
    public int classes() {
        return members.get(0).classes();
    }

    /** @return the shape of one input sample */
    public long[] sampleShape() {
        return members.get(0).sampleShape();
    }

    /** @return the precision of the members */
    public Precision precision() {
        return members.get(0).precision();
    }

    /**
     * Every member's logits at inference, computed in batches.
     *
     * @param images {@code [N, sampleShape…]}
     * @param batchSize samples per forward pass, at least 1
     * @return {@code [M, N, K]} in the members' precision
     */
    public INDArray memberLogits(INDArray images, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("expected a batch size ≥ 1 but got " + batchSize);
        }
        long n = images.size(0);
        DataType type = precision().dataType();
        INDArray out = Nd4j.create(type, members.size(), n, classes());
        for (int m = 0; m < members.size(); m++) {
            for (long start = 0; start < n; start += batchSize) {
                long end = Math.min(n, start + batchSize);
                INDArray logits = members.get(m).output(images.get(NDArrayIndex.interval(start, end)));
                out.get(NDArrayIndex.point(m), NDArrayIndex.interval(start, end), NDArrayIndex.all()).assign(logits);
            }
        }
        return out;
    }

    /**
     * The ensemble's prediction: the mean of the members' logits.
     *
     * @param images {@code [N, sampleShape…]}
     * @return {@code [N, K]}
     */
    public INDArray meanLogits(INDArray images) {
        return memberLogits(images, 256).mean(0);
    }

    /**
     * The mean of the members' softmax probabilities, the other usual ensemble prediction.
     *
     * @param images {@code [N, sampleShape…]}
     * @return {@code [N, K]}, rows summing to 1
     */
    public INDArray meanProbabilities(INDArray images) {
        INDArray logits = memberLogits(images, 256);
        INDArray probabilities = Nd4j.create(logits.dataType(), logits.shape());
        for (int m = 0; m < members.size(); m++) {
            probabilities.putSlice(m, Transforms.softmax(logits.slice(m), true));
        }
        return probabilities.mean(0);
    }

    @Override
    public String toString() {
        return "ensemble of " + members.size() + " × " + members.get(0);
    }
}
