package org.gdl4j.counterfactual;

import java.util.List;
import java.util.Map;
import org.gdl4j.nn.Model;
import org.gdl4j.nn.QuietStdout;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.controlflow.compat.StopGradient;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One graph for a batch of {@code N} searches: latents {@code z} (a variable, so that SameDiff differentiates
 * by it) → {@code x = g(z)} → {@code x_c}, the value of {@code x} clamped to {@code [0, 1]} with the gradient
 * of the identity (straight-through, as in Dombrowski et al.'s code) → classifier logits {@code f(x_c)} →
 * scores {@code S_i = log softmax_{t_i} f(x_c)_i = f_{t_i} − logΣexp f}; the loss is {@code −Σ_i S_i}, so row
 * {@code i} of its gradient is {@code −∇_{z_i} S_i}.
 */
final class ScoreGraph {

    static final String LATENT = "latent";

    private final SameDiff graph = SameDiff.create();
    private final SDVariable score;
    private final SDVariable image;

    ScoreGraph(Model model, Chart chart, int[] targets) {
        DataType type = model.precision().dataType();
        SDVariable z = graph.var(LATENT, Nd4j.zeros(type, batchShape(targets.length, chart.latentShape())));
        SDVariable x = chart.decode(graph, z);
        SDVariable offset = graph.math().clipByValue(x, 0.0, 1.0).sub(x);
        image = x.add(new StopGradient(graph, offset).outputVariable());
        SDVariable logits = model.logitsIn(graph, image, "classifier");
        SDVariable chosen = logits.mul(graph.constant(oneHot(targets, model.classes(), type))).sum(true, 1);
        score = chosen.sub(logSumExp(graph, logits)).reshape(-1);
        score.sum().neg().rename("loss").markAsLoss();
    }

    /** The scores, clamped images and loss gradient at latents {@code [N, latentShape…]}. */
    Evaluation evaluate(INDArray latents) {
        graph.getVariable(LATENT).getArr().assign(latents);
        OutAndGrad result = QuietStdout.call(() -> graph.calculateGradientsAndOutputs(Map.of(),
                List.of(score.name(), image.name()), List.of(LATENT)));
        Map<String, INDArray> outputs = result.getOutputs();
        return new Evaluation(outputs.get(score.name()).castTo(DataType.DOUBLE).toDoubleVector(),
                outputs.get(image.name()), result.getGradients().get(LATENT));
    }

    /**
     * @param scores {@code S_i}, {@code [N]}
     * @param images {@code x_c}, {@code [N, C, H, W]}
     * @param lossGradient {@code −∇_z S}, {@code [N, latentShape…]}
     */
    record Evaluation(double[] scores, INDArray images, INDArray lossGradient) {
    }

    /** {@code log Σ_k exp(v_k)} per row, {@code [N, K] → [N, 1]}, shifted by the row maximum for stability. */
    private static SDVariable logSumExp(SameDiff graph, SDVariable logits) {
        SDVariable max = logits.max(true, 1);
        return max.add(graph.math().log(graph.math().exp(logits.sub(max)).sum(true, 1)));
    }

    static long[] batchShape(long n, long[] shape) {
        long[] batch = new long[shape.length + 1];
        batch[0] = n;
        System.arraycopy(shape, 0, batch, 1, shape.length);
        return batch;
    }

    private static INDArray oneHot(int[] targets, int classes, DataType type) {
        INDArray oneHot = Nd4j.zeros(type, targets.length, classes);
        for (int i = 0; i < targets.length; i++) {
            oneHot.putScalar(i, targets[i], 1.0);
        }
        return oneHot;
    }
}
