/**
 * Empirical kernels of finite networks, to check the analytic infinite-width kernels of {@code org.gdl4j.ntk}.
 *
 * <p>A {@link org.gdl4j.ntk.empirical.MatchedArchitecture} describes a ReLU CNN or C4 group CNN once and
 * builds both its finite version from the planar layers (NTK parameterisation, every stored parameter
 * {@code N(0, 1)}, each linear layer scaled by {@code σ_w/√fan-in}) and its kernel map, layer for layer.
 * A {@link org.gdl4j.ntk.empirical.FiniteNetwork} is the finite version as a float64 function
 * {@code f(x; θ)} of its parameters, with per-sample gradients and cheap redraws for other seeds.
 *
 * <p>Two estimates approach the analytic kernels:
 * <ul>
 * <li>{@link org.gdl4j.ntk.empirical.EmpiricalNtk}: the empirical NTK of one network,
 *     {@code Θ̂(x, x') = Σ_p ∂f(x)/∂θ_p ∂f(x')/∂θ_p} (Jacot, Gabriel and Hongler, "Neural tangent kernel:
 *     convergence and generalization in neural networks", NeurIPS 2018). At initialisation it deviates from
 *     the analytic NTK by order {@code width^{-1/2}}, and stays close to it during training of wide networks
 *     (Lee et al., "Wide neural networks of any depth evolve as linear models under gradient descent",
 *     NeurIPS 2019); {@link org.gdl4j.ntk.empirical.NtkConvergence} measures that decay and fits its
 *     log-log slope.</li>
 * <li>{@link org.gdl4j.ntk.empirical.MonteCarloNngp}: the output covariance {@code E[f(x) f(x')]} over many
 *     random networks, with standard errors, as neural-tangents' {@code monte_carlo_kernel_fn} (Novak et al.,
 *     "Neural Tangents: fast and easy infinite neural networks in Python", ICLR 2020);
 *     {@link org.gdl4j.ntk.empirical.KernelAgreement} compares it with the analytic NNGP within a number of
 *     standard errors plus a declared finite-width allowance.</li>
 * </ul>
 *
 * <p>Shapes: images {@code [N, C, H, W]} (NCHW, float64); Gram matrices {@code [N][N]}; Jacobians
 * {@code [N, P]} with {@code P} the number of stored parameters.
 */
package org.gdl4j.ntk.empirical;
