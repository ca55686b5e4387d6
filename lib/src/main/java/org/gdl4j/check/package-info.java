/**
 * Checks that tests assert and notebooks display: equivariance, invariance and the laws of
 * representations.
 *
 * <p>An equivariant network commutes with the action of a group, {@code f(g·x) = g·f(x)}: rotating the input
 * image rotates (and, for regular fields, cyclically shifts) the output feature maps. This property is what
 * the group convolutions of Cohen and Welling (<i>Group equivariant convolutional networks</i>, ICML 2016,
 * arXiv:1602.07576) and the steerable CNNs of Weiler and Cesa (<i>General E(2)-equivariant steerable
 * CNNs</i>, NeurIPS 2019, arXiv:1911.08251) are built to have, and the reason to test it numerically is
 * that a wrong index convention breaks it silently. The checks here are library code, not test code, so a
 * notebook can show a report inline and a test can assert the same report.
 *
 * <h2>What is here</h2>
 * <ul>
 *   <li>{@link org.gdl4j.check.EquivarianceCheck}: for each element {@code g}, the largest
 *       {@code |f(g·x) − g·f(x)|} over a list of inputs, compared in float64, with the position of the worst
 *       entry; {@link org.gdl4j.check.EquivarianceCheck#invariance} uses the trivial output action.</li>
 *   <li>{@link org.gdl4j.check.EquivarianceReport}: the per-element table, with
 *       {@code passes(Tolerance)} and {@code assertWithin(Tolerance)}, whose {@link java.lang.AssertionError}
 *       message is the table.</li>
 *   <li>{@link org.gdl4j.check.Tolerance}: {@code max|a − b| ≤ atol + rtol · max|b|};
 *       {@link org.gdl4j.check.Tolerance#exact(org.gdl4j.Precision)} for exact actions and
 *       {@link org.gdl4j.check.Tolerance#interpolated(double)} for interpolated rotations, whose bound the
 *       caller states.</li>
 *   <li>{@link org.gdl4j.check.RepresentationLawCheck} and {@link org.gdl4j.check.LawReport}: the
 *       homomorphism, identity, inverse and orthogonality laws of a
 *       {@link org.gdl4j.rep.Representation}.</li>
 * </ul>
 *
 * <h2>Choosing a tolerance</h2>
 * Which elements act exactly is a property of the grid, not of the group: on a square pixel grid the
 * quarter turns and mirrors permute pixels ({@link org.gdl4j.grid.Exactness#EXACT}), so a correct layer
 * passes at the exact tolerance of its precision, 1e-5 in float32 and 1e-10 in float64 (rounding of sums in
 * a different order is all that differs). Other angles are interpolated
 * ({@link org.gdl4j.grid.Exactness#INTERPOLATED}); following escnn, test them on smooth, band-limited images
 * masked to a disc, with a tolerance measured and stated in the test.
 *
 * <p>Checks compute, they do not print: main code never writes to standard output. Reports implement
 * {@link org.gdl4j.Tabular}, so the notebook kernel renders them as HTML tables.
 */
package org.gdl4j.check;
