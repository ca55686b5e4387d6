package org.gdl4j.ntk;

/** Whether a long kernel computation shows a progress bar. */
public enum ProgressDisplay {
    /** A bar through {@link org.gdl4j.progress.Progress#bar}, counting kernel pairs. */
    BAR,
    /** Nothing is shown. */
    NONE
}
