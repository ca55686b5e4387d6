package org.gdl4j.rep;

import java.util.ArrayList;
import java.util.List;
import org.gdl4j.group.DihedralElement;
import org.gdl4j.group.DihedralGroup;

/**
 * The irreducible real representations of the dihedral group D_n; all are of real type.
 *
 * <ul>
 *   <li>One-dimensional {@code χ(a, b)}: {@code s^f r^t ↦ a^t b^f} for signs {@code a} (on the rotation
 *       {@code r}) and {@code b} (on the reflection {@code s}). For odd {@code n}, {@code a = +1}: two of
 *       them (trivial and determinant); for even {@code n} all four sign pairs.</li>
 *   <li>Two-dimensional {@code ρ_k} for {@code 1 ≤ k < n/2}: {@code s^f r^t ↦ F^f R(2πkt/n)} with
 *       {@code F = diag(−1, 1)}. {@code ρ_1(g)} is the matrix by which {@code g} acts on the plane.</li>
 * </ul>
 *
 * <p>Counting: {@code 2·1 + ((n−1)/2)·4 = 2n} for odd {@code n}, {@code 4·1 + (n/2 − 1)·4 = 2n} for even
 * {@code n}; each irrep of dimension {@code d} appears {@code d} times in the regular representation. See
 * Serre, <i>Linear Representations of Finite Groups</i>, §5.3.
 */
public final class DihedralIrreps {

    private DihedralIrreps() {
    }

    /**
     * The one-dimensional irrep {@code s^f r^t ↦ onRotation^t · onReflection^f}, named like
     * {@code "chi(r=-1,s=+1)"}.
     *
     * @param group        D_n
     * @param onRotation   the value on {@code r}; {@link Sign#MINUS} needs even {@code n}
     * @param onReflection the value on {@code s}
     * @return the one-dimensional irrep
     * @throws IllegalArgumentException if {@code onRotation} is {@code MINUS} and {@code n} is odd
     */
    public static Representation<DihedralElement> oneDimensional(DihedralGroup group, Sign onRotation,
            Sign onReflection) {
        if (onRotation == Sign.MINUS && group.n() % 2 != 0) {
            throw new IllegalArgumentException("r -> -1 is a representation of D_n only for even n, but "
                    + group.name() + " has odd n = " + group.n());
        }
        String name = "chi(r=" + symbol(onRotation) + ",s=" + symbol(onReflection) + ")";
        return Representation.of(name, group, g -> CyclicIrreps.scalar(
                onRotation.power(g.rotation()) * onReflection.power(g.flip())));
    }

    /**
     * The two-dimensional irrep {@code ρ_k: s^f r^t ↦ F^f R(2πkt/n)}, named {@code "rho_k"}.
     *
     * @param group D_n
     * @param k     the frequency, {@code 1 ≤ k < n/2}
     * @return the two-dimensional irrep of frequency {@code k}
     * @throws IllegalArgumentException if {@code k} is out of range (D_1 and D_2 have no such irrep)
     */
    public static Representation<DihedralElement> twoDimensional(DihedralGroup group, int k) {
        int n = group.n();
        if (k < 1 || 2 * k >= n) {
            throw new IllegalArgumentException("frequency of a 2-dimensional irrep of " + group.name()
                    + " must satisfy 1 <= k < n/2 = " + n / 2.0 + " but got " + k);
        }
        return Representation.fromArrays("rho_" + k, group,
                g -> group.element(g.flip(), CyclicIrreps.multiple(k, g.rotation(), n)).matrix());
    }

    /**
     * All irreps: the one-dimensional ones in the order {@code (+,+), (+,−)} and, for even {@code n},
     * {@code (−,+), (−,−)} (signs on {@code r}, {@code s}), then {@code ρ_1, ρ_2, …} by frequency.
     *
     * @param group D_n
     * @return the complete list of real irreps
     */
    public static List<Representation<DihedralElement>> all(DihedralGroup group) {
        List<Representation<DihedralElement>> irreps = new ArrayList<>();
        List<Sign> rotationSigns = group.n() % 2 == 0 ? List.of(Sign.PLUS, Sign.MINUS) : List.of(Sign.PLUS);
        for (Sign onRotation : rotationSigns) {
            irreps.add(oneDimensional(group, onRotation, Sign.PLUS));
            irreps.add(oneDimensional(group, onRotation, Sign.MINUS));
        }
        for (int k = 1; 2 * k < group.n(); k++) {
            irreps.add(twoDimensional(group, k));
        }
        return List.copyOf(irreps);
    }

    private static String symbol(Sign sign) {
        return sign == Sign.PLUS ? "+1" : "-1";
    }
}
