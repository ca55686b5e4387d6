/**
 * Kernel-regression experiments over a pool of images: the NNGP and NTK Gram matrices are computed once over
 * all candidate training images and all test images ({@link org.gdl4j.ntk.experiment.KernelPool}); every
 * training-set size and random subset then reads sub-blocks of them
 * ({@link org.gdl4j.ntk.experiment.LearningCurves}), so a learning curve costs one Gram computation per kernel
 * plus one small solve per point.
 */
package org.gdl4j.ntk.experiment;
