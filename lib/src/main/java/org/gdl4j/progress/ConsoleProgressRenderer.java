package org.gdl4j.progress;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Shows a bar as one line of text that is rewritten in place with a carriage return, and ended
 * with a newline when the bar finishes:
 * <pre>
 * epochs  [#########...........]   45/100  12.3 it/s  ETA 0:04  loss=0.123
 * epochs  [####################]  100/100  12.5 it/s  in 0:08  loss=0.101
 * </pre>
 * A shorter line is padded with spaces so that nothing of the longer one before it remains.
 * Terminals and Jupyter's stream output both honour the carriage return; a log file receives
 * each rendering (at most about ten a second) on one physical line.
 */
public final class ConsoleProgressRenderer implements ProgressRenderer {

    /** Number of characters between the brackets of the bar. */
    public static final int BAR_WIDTH = 20;

    private final PrintStream out;
    private int previousLength;

    /**
     * Creates a renderer for one bar.
     *
     * @param out where the line is written, for example {@code System.err}
     */
    public ConsoleProgressRenderer(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void render(ProgressSnapshot snapshot) {
        String line = line(snapshot);
        int padding = Math.max(0, previousLength - line.length());
        previousLength = line.length();
        out.print('\r' + line + " ".repeat(padding));
        if (snapshot.finished()) {
            out.println();
        }
        out.flush();
    }

    /**
     * The text of one rendering, without carriage return or padding.
     *
     * @param snapshot the state to show
     * @return for example {@code "epochs  [#########...........]   45/100  12.3 it/s  ETA 0:04"}
     */
    public static String line(ProgressSnapshot snapshot) {
        StringBuilder line = new StringBuilder(snapshot.label())
                .append("  [").append(bar(snapshot.fraction())).append("]  ")
                .append(counts(snapshot)).append("  ")
                .append(rate(snapshot)).append("  ")
                .append(time(snapshot));
        if (!snapshot.metrics().isEmpty()) {
            line.append("  ").append(snapshot.metrics());
        }
        return line.toString();
    }

    private static String bar(double fraction) {
        int filled = (int) Math.floor(fraction * BAR_WIDTH);
        return "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
    }

    private static String counts(ProgressSnapshot snapshot) {
        String total = Long.toString(snapshot.total());
        String done = Long.toString(snapshot.done());
        return " ".repeat(Math.max(0, total.length() - done.length())) + done + "/" + total;
    }

    private static String rate(ProgressSnapshot snapshot) {
        var rate = snapshot.ratePerSecond();
        return rate.isPresent() ? ProgressFormat.rate(rate.getAsDouble()) : "? it/s";
    }

    private static String time(ProgressSnapshot snapshot) {
        if (snapshot.finished()) {
            return "in " + ProgressFormat.duration(snapshot.elapsed());
        }
        return "ETA " + snapshot.eta().map(ProgressFormat::duration).orElse("?");
    }
}
