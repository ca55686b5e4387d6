package org.gdl4j.counterfactual;

/** Why a counterfactual search ended for one image. */
public enum StopReason {
    /** The target probability exceeded the threshold: the returned iterate is the first above it. */
    THRESHOLD_REACHED,
    /** Every step of the budget was taken without exceeding the threshold: no counterfactual was found. */
    BUDGET_EXHAUSTED
}
