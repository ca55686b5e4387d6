package org.gdl4j.notebook;

import java.util.Locale;

/**
 * The scale a notebook runs at: {@link #QUICK} (minutes on 2 CPU cores, what the tests run) or
 * {@link #PAPER} (the paper's sizes, for a GPU or a long CPU run). Chosen with the environment variable
 * {@value #ENVIRONMENT_VARIABLE} ({@code quick} or {@code paper}), which {@code environment/run --scale}
 * sets; a notebook's parameters cell reads it once.
 */
public enum Scale {
    /** Small data and few steps: every notebook in at most 5 minutes on 2 cores. */
    QUICK,
    /** The paper's data sizes and training budgets. */
    PAPER;

    /** The environment variable that selects the scale. */
    public static final String ENVIRONMENT_VARIABLE = "GDL4J_SCALE";

    /**
     * The scale selected by {@value #ENVIRONMENT_VARIABLE}; {@link #QUICK} when it is unset or empty.
     *
     * @return the selected scale
     * @throws IllegalArgumentException if the variable holds anything but {@code quick} or {@code paper}
     */
    public static Scale current() {
        return parse(System.getenv(ENVIRONMENT_VARIABLE));
    }

    /**
     * Parses a scale name, ignoring case and surrounding blanks; {@code null} or blank means {@link #QUICK}.
     *
     * @param name {@code quick}, {@code paper}, blank or {@code null}
     * @return the scale
     * @throws IllegalArgumentException for any other name
     */
    public static Scale parse(String name) {
        if (name == null || name.isBlank()) {
            return QUICK;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "quick" -> QUICK;
            case "paper" -> PAPER;
            default -> throw new IllegalArgumentException(
                    ENVIRONMENT_VARIABLE + " must be 'quick' or 'paper' but is '" + name + "'");
        };
    }

    /**
     * Picks the value for this scale.
     *
     * @param quick the value at quick scale
     * @param paper the value at paper scale
     * @param <T> the value's type
     * @return {@code quick} or {@code paper}
     */
    public <T> T choose(T quick, T paper) {
        return this == QUICK ? quick : paper;
    }

    /**
     * Picks an integer for this scale.
     *
     * @param quick the value at quick scale
     * @param paper the value at paper scale
     * @return {@code quick} or {@code paper}
     */
    public int choose(int quick, int paper) {
        return this == QUICK ? quick : paper;
    }
}
