/**
 * Progress bars for long loops, shown wherever the user is looking.
 *
 * <p>Training a network for a hundred epochs or filling a Gram matrix block by block takes
 * minutes; a {@link org.gdl4j.progress.ProgressBar} tells the user how far the loop is, how fast
 * it goes, when it will end and, optionally, live metrics such as the current loss. Library code
 * counts with {@code step()} and never decides how progress looks: each bar hands immutable
 * {@link org.gdl4j.progress.ProgressSnapshot}s to a {@link org.gdl4j.progress.ProgressRenderer},
 * at most about ten times a second ({@link org.gdl4j.progress.RenderThrottle}) and always once
 * when it finishes.
 *
 * <p>{@link org.gdl4j.progress.Progress} holds the default renderer. Out of the box it is a
 * single console line on {@code System.err} ({@link org.gdl4j.progress.ConsoleProgressRenderer});
 * in a Jupyter notebook, {@code org.gdl4j.notebook.Notebook.useDisplay(...)} replaces it with an
 * HTML bar that updates in place; {@link org.gdl4j.progress.ProgressRenderer#silent()} shows
 * nothing.
 *
 * <p>This package is a leaf: it depends on nothing else in gdl4j nor on ND4J, so every package of
 * the library may use it.
 */
package org.gdl4j.progress;
