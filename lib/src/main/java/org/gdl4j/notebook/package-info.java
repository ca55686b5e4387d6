/**
 * Display of gdl4j results in Jupyter notebooks run by the IJava kernel.
 *
 * <p>The notebooks that reproduce the papers end in tables, plots, image grids and long loops.
 * This package turns each into something a notebook shows well:
 * <ul>
 *   <li>{@link org.gdl4j.notebook.Tables}: any {@link org.gdl4j.Tabular} result (equivariance
 *       reports, class counts, benchmark rows) as a typed Tablesaw table, and tables as plain,
 *       escaped HTML;</li>
 *   <li>{@link org.gdl4j.notebook.Figures}: XChart charts as PNG, plus the line and bar charts the
 *       notebooks draw most;</li>
 *   <li>{@link org.gdl4j.notebook.ImageGrid}: a batch of images {@code [N, C, H, W]} as one
 *       captioned picture, with a blue–white–red map for signed heat maps;</li>
 *   <li>{@link org.gdl4j.notebook.HtmlProgressRenderer} and
 *       {@link org.gdl4j.notebook.Notebook#useDisplay}: {@link org.gdl4j.progress} bars as one
 *       HTML output that updates in place.</li>
 * </ul>
 *
 * <p>The package sits at the edge of the library: nothing else in gdl4j imports it, and it does
 * not import the Jupyter kernel either. The kernel's startup script connects the two, registering
 * renderers for tables and charts and implementing {@link org.gdl4j.notebook.DisplaySurface} with
 * IJava's {@code display} and {@code updateDisplay}. Everything here also works headless
 * ({@code -Djava.awt.headless=true}), which is how notebooks are executed in tests.
 */
package org.gdl4j.notebook;
