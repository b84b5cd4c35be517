package org.evofit.core.fom;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Looks up figures of merit by their GenX names. Each call returns a new instance; an instance is
 * thread-safe and meant to be shared by all threads of one fit.
 */
public final class FiguresOfMerit {

    private static final List<String> NAMES =
            Arrays.stream(FomFormula.values()).map(FomFormula::fomName).toList();

    private FiguresOfMerit() {
    }

    /**
     * The figure of merit called {@code name}. GenX's spelling is canonical (for example
     * {@code logR1}, {@code Norm}); the lookup ignores case, which is unambiguous because no two
     * names differ only in case.
     *
     * @param name   a name from {@link #names()}
     * @param policy what to do with NaN or infinite per-point terms
     * @throws IllegalArgumentException if no figure of merit has that name; the message lists the
     *                                  valid names
     */
    public static FigureOfMerit byName(String name, NonFinitePolicy policy) {
        Objects.requireNonNull(name, "name");
        for (FomFormula f : FomFormula.values()) {
            if (f.fomName().equalsIgnoreCase(name)) {
                return of(f, policy);
            }
        }
        throw new IllegalArgumentException("unknown figure of merit '" + name + "'; valid names: "
                + String.join(", ", NAMES));
    }

    /**
     * The figure of merit of a formula.
     *
     * @param formula the per-point formula
     * @param policy  what to do with NaN or infinite per-point terms
     */
    public static FigureOfMerit of(FomFormula formula, NonFinitePolicy policy) {
        return new TermFigureOfMerit(Objects.requireNonNull(formula, "formula"),
                Objects.requireNonNull(policy, "policy"));
    }

    /** Every valid name, GenX's figures of merit in GenX's order followed by {@code chi2}. */
    public static List<String> names() {
        return NAMES;
    }
}
