/**
 * Groups and their elements: the symmetries that equivariant networks respect.
 *
 * <p>A {@link org.gdl4j.group.Group} is a set with an associative product, an identity and inverses; its
 * elements are immutable values ({@link org.gdl4j.group.GroupElement}, implemented as records). Every group
 * here is a group of transformations, and the product is composition: {@code compose(a, b) = a·b} acts as
 * <em>first b, then a</em>, so that the matrix of {@code a·b} is the product of the matrices of {@code a}
 * and {@code b}. This is the convention of Serre, <i>Linear Representations of Finite Groups</i>
 * (Springer, 1977), and of the survey by Gerken et al., <i>Geometric deep learning and equivariant neural
 * networks</i>, Artificial Intelligence Review 56 (2023), arXiv:2105.13926.
 *
 * <h2>What is here</h2>
 * <ul>
 *   <li>{@link org.gdl4j.group.FiniteGroup}: finite groups with a fixed, documented element order (identity
 *       first), an index for each element and a Cayley table. These orders define the channel order of
 *       group-indexed feature maps and of regular representations.</li>
 *   <li>{@link org.gdl4j.group.CyclicGroup} C_n and {@link org.gdl4j.group.DihedralGroup} D_n, the rotation
 *       and rotation–reflection symmetries of a regular n-gon, built with
 *       {@link org.gdl4j.group.Groups#cyclic(int)} and {@link org.gdl4j.group.Groups#dihedral(int)}.</li>
 *   <li>{@link org.gdl4j.group.SO2} with elements {@link org.gdl4j.group.Rotation2D}, and
 *       {@link org.gdl4j.group.SO3} with elements {@link org.gdl4j.group.Rotation3D} (matrices, unit
 *       quaternions, ZYZ Euler angles, axis–angle, Haar-random sampling, geodesic distance).</li>
 * </ul>
 *
 * <h2>Conventions, pinned by tests</h2>
 * <ul>
 *   <li>The plane has coordinates {@code (x, y)} with {@code y} pointing up; angles are radians,
 *       counter-clockwise. The rotation by {@code +π/2} maps {@code (1, 0)} to {@code (0, 1)}.</li>
 *   <li>The dihedral reflection {@code s} is the mirror {@code x → −x} (flipping the columns of an image);
 *       dihedral elements have the normal form {@code s^f r^k}: first rotate, then mirror.</li>
 *   <li>3-space is right-handed; Euler angles are ZYZ and active, {@code R = Rz(α)·Ry(β)·Rz(γ)} with
 *       {@code α, γ ∈ [0, 2π)}, {@code β ∈ [0, π]}, and {@code γ = 0} in the gimbal cases.</li>
 *   <li>Continuous groups offer a fixed sample as {@code testingElements()}; finite groups offer all their
 *       elements. Law and equivariance checks iterate over these.</li>
 * </ul>
 *
 * <p>This package depends on nothing else in gdl4j and uses plain {@code double[][]} arrays (row-major,
 * {@code m[row][column]}) for matrices. Bad input (an order below 1, an element of another group, a matrix
 * that is not a rotation) raises {@link java.lang.IllegalArgumentException} with a message naming the
 * expected and the actual value.
 */
package org.gdl4j.group;
