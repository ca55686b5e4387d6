/**
 * The layer framework on SameDiff: typed feature maps, layers, models, training and model files.
 *
 * <p>A {@link org.gdl4j.nn.FieldType} says what a feature map's channels mean under a group (trivial or
 * regular fields); a {@link org.gdl4j.nn.GeometricTensor} is a SameDiff variable with its type; a
 * {@link org.gdl4j.nn.Layer} declares input and output types and adds its operations to a
 * {@link org.gdl4j.nn.NetworkGraph}, which draws parameters from one seed in standard or NTK
 * {@link org.gdl4j.nn.Parameterization} (the conventions of neural-tangents, so finite networks and their
 * kernels can be compared). {@link org.gdl4j.nn.Model} builds a network into a classifier with a softmax
 * cross-entropy loss; {@link org.gdl4j.nn.Trainer} fits it with SGD or Adam, minibatches, an
 * {@link org.gdl4j.nn.Augmentation} hook, validation, early stopping and a progress bar;
 * {@link org.gdl4j.nn.ModelFile} saves and loads it bit-identically.
 *
 * <p>Generic layers live here ({@link org.gdl4j.nn.Dense}, {@link org.gdl4j.nn.Pointwise},
 * {@link org.gdl4j.nn.GlobalAveragePool}, {@link org.gdl4j.nn.Sequential}); the group convolutions of the
 * pixel grid are in {@code org.gdl4j.planar}.
 */
package org.gdl4j.nn;
