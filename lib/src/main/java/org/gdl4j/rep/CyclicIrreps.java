package org.gdl4j.rep;

import java.util.List;
import java.util.stream.IntStream;
import org.gdl4j.group.CyclicElement;
import org.gdl4j.group.CyclicGroup;

/**
 * The irreducible real representations {@code ψ_k} of the cyclic group C_n, indexed by the frequency
 * {@code k ∈ [0, n/2]}.
 *
 * <ul>
 *   <li>{@code ψ_0}: the trivial representation, dimension 1, of real type.</li>
 *   <li>{@code ψ_{n/2}} (even {@code n} only): the sign representation {@code r^t ↦ (−1)^t}, dimension 1,
 *       of real type.</li>
 *   <li>{@code ψ_k} for {@code 1 ≤ k < n/2}: the rotation {@code r^t ↦ R(2πkt/n)}, dimension 2, of complex
 *       type (over ℂ it splits into the characters {@code e^{±2πikt/n}}). {@code ψ_1(g)} is the matrix by
 *       which {@code g} rotates the plane.</li>
 * </ul>
 *
 * <p>Every real irrep of C_n appears exactly once in the regular representation: {@code 1 + [n even] +
 * 2·#{1 ≤ k < n/2} = n}. See Serre, <i>Linear Representations of Finite Groups</i>, §5.1 (complex case) and
 * §13.2 (real representations).
 */
public final class CyclicIrreps {

    private CyclicIrreps() {
    }

    /**
     * The irrep {@code ψ_k} of C_n, named {@code "psi_k"}.
     *
     * @param group C_n
     * @param k     the frequency, {@code 0 ≤ k ≤ n/2}
     * @return the trivial ({@code k = 0}), sign ({@code k = n/2}) or 2-dimensional rotation irrep
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public static Representation<CyclicElement> irrep(CyclicGroup group, int k) {
        int n = group.n();
        if (k < 0 || k > n / 2) {
            throw new IllegalArgumentException("frequency of an irrep of " + group.name() + " must be in [0, "
                    + n / 2 + "] but got " + k);
        }
        String name = "psi_" + k;
        if (2 * k == n) {
            return Representation.of(name, group, g -> scalar(g.power() % 2 == 0 ? 1 : -1));
        }
        if (k == 0) {
            return Representation.of(name, group, g -> scalar(1));
        }
        return Representation.fromArrays(name, group, g -> group.rotation(multiple(k, g.power(), n)).matrix());
    }

    /**
     * All irreps {@code ψ_0, ψ_1, …, ψ_⌊n/2⌋} in order of frequency.
     *
     * @param group C_n
     * @return the complete list of real irreps, {@code ⌊n/2⌋ + 1} of them
     */
    public static List<Representation<CyclicElement>> all(CyclicGroup group) {
        return IntStream.rangeClosed(0, group.n() / 2).mapToObj(k -> irrep(group, k)).toList();
    }

    static Matrix scalar(double value) {
        return Matrix.of(new double[][] {{value}});
    }

    /** {@code k·t mod n} without overflow. */
    static int multiple(int k, int t, int n) {
        return (int) Math.floorMod((long) k * t, (long) n);
    }
}
