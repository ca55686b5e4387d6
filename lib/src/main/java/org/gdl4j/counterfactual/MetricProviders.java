package org.gdl4j.counterfactual;

import java.util.Objects;
import org.gdl4j.flow.Flow;
import org.gdl4j.flow.Quantization;
import org.gdl4j.nn.Model;

/**
 * The fixed models that score counterfactuals in a {@link MethodSummary}; use the same ones for every method
 * compared, so that the table compares methods and not judges.
 *
 * @param referenceFlow the flow, trained on the data, that scores bits per dimension (not the flow a search
 *                      moved along, if that one is poorer)
 * @param quantization the data's bit depth, for {@link CounterfactualMetrics#bitsPerDimension}
 * @param autoencoders the class-specific autoencoders of IM1
 * @param im1Epsilon {@code ε ≥ 0} in IM1's denominator
 * @param oracle an independently trained classifier (other architecture and seed)
 */
public record MetricProviders(Flow referenceFlow, Quantization quantization, ClassConditionalAutoencoders autoencoders,
                              double im1Epsilon, Model oracle) {

    /** Checks that every provider is present and {@code ε ≥ 0}. */
    public MetricProviders {
        Objects.requireNonNull(referenceFlow, "referenceFlow");
        Objects.requireNonNull(quantization, "quantization");
        Objects.requireNonNull(autoencoders, "autoencoders");
        Objects.requireNonNull(oracle, "oracle");
        if (!(im1Epsilon >= 0) || !Double.isFinite(im1Epsilon)) {
            throw new IllegalArgumentException("expected a finite IM1 ε ≥ 0 but got " + im1Epsilon);
        }
    }
}
