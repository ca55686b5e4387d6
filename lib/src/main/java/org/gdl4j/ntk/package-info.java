/**
 * Infinite-width kernels of convolutional and group-convolutional networks: the NNGP, the neural tangent
 * kernel (NTK), Gram matrices over data sets, and the kernel predictors they define.
 *
 * <p><b>What is computed.</b> As the width of every hidden layer grows, a randomly initialised network
 * becomes a Gaussian process with the NNGP kernel {@code K}, and gradient-flow training becomes kernel
 * regression with the neural tangent kernel {@code Θ} (Jacot, Gabriel and Hongler, "Neural Tangent Kernel",
 * NeurIPS 2018). Both follow closed layer-by-layer recursions. For convolutional networks with global
 * average pooling the recursion runs over pairs of pixels (the CNTK of Arora et al., "On Exact Computation
 * with an Infinitely Wide Neural Net", NeurIPS 2019). Misof, Kessel and Gerken ("Equivariant Neural Tangent
 * Kernels", ICML 2025, arXiv:2406.06504) derive the recursions for group convolutions (lifting layer, group
 * convolutions, group pooling) and prove that a network trained on fully augmented data and its
 * group-convolutional counterpart make the same mean prediction at every training time, even off the data
 * manifold.
 *
 * <p><b>How it is organised.</b> A {@link org.gdl4j.ntk.Kernel} holds the NNGP and NTK of one pair of inputs
 * at one layer, stored over pairs of positions of a {@link org.gdl4j.ntk.KernelDomain}, together with the
 * self-covariances the nonlinearities need. A {@link org.gdl4j.ntk.KernelLayer} maps kernels to kernels, as
 * the {@code kernel_fn} of neural-tangents (Novak et al., "Neural Tangents: Fast and Easy Infinite Neural
 * Networks in Python", ICLR 2020), whose conventions are followed so that numbers can be compared: the
 * input kernel divides by the channel count only, ReLU is {@code max(0, u)}, the NTK and standard
 * parameterisations scale by fan-in ({@link org.gdl4j.ntk.Initialization}). Layers compose with
 * {@link org.gdl4j.ntk.KernelLayer#serial}: {@link org.gdl4j.ntk.Dense}, {@link org.gdl4j.ntk.Conv},
 * {@link org.gdl4j.ntk.Elementwise} (ReLU, erf), {@link org.gdl4j.ntk.Identity},
 * {@link org.gdl4j.ntk.GlobalAveragePool}, {@link org.gdl4j.ntk.Flatten} and
 * {@link org.gdl4j.ntk.GroupPool}. Group-specific layers and domains live in subpackages, one per group
 * ({@code org.gdl4j.ntk.c4}); they plug in through {@link org.gdl4j.ntk.GroupDomain},
 * {@link org.gdl4j.ntk.PairOperator} and {@link org.gdl4j.ntk.LinearKernelMap}.
 *
 * <p><b>From kernels to predictions.</b> {@link org.gdl4j.ntk.Gram} evaluates a network on all pairs of two
 * {@link org.gdl4j.ntk.ImageSet}s in parallel, keeping only pooled scalars.
 * {@link org.gdl4j.ntk.GradientFlowPredictor} gives the mean prediction of gradient-flow training with the
 * mean squared error at any time {@code t} and at {@code t = ∞} from one symmetric eigendecomposition
 * ({@link org.gdl4j.ntk.SymmetricEigen}); {@link org.gdl4j.ntk.NngpPosterior} gives the Bayesian posterior
 * mean and variance; {@link org.gdl4j.ntk.OneHot} turns classification into regression on one-hot targets.
 *
 * <p><b>Cost.</b> With pooling, a pair of {@code H×W} images costs {@code (HW)²} numbers and about
 * {@code L·(2q + c)·(HW)²} operations for {@code L} layers of {@code q×q} filters; the C4 kernel in its orbit
 * form costs four times that. Flatten readouts need only the {@code HW} diagonal. Everything is double
 * precision. The two hot loops are written for the JIT's vectoriser: the convolutions' window sums on
 * zero-padded planes ({@link org.gdl4j.ntk.PairWindowSum}) and the ReLU map without {@code Math.atan2}
 * ({@code ArcCosineKernel}); a C4 Gram costs about 6.5 ns per pair, rotation, layer and {@code (HW)²} entry on
 * two cores.
 */
package org.gdl4j.ntk;
