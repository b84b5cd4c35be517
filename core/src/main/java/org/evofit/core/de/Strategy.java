package org.evofit.core.de;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * GenX's six ways of making a trial vector, with GenX's names.
 *
 * <ul>
 *   <li>{@code best_1_bin}: mutant = best + km (a − b), binomial crossover with rate kr (GenX's default);
 *   <li>{@code rand_1_bin}: mutant = c + km (a − b), binomial crossover;
 *   <li>{@code best_either_or}: with probability 1/2 best + km (a − b), else x + kr (a + b − 2x), no crossover;
 *   <li>{@code rand_either_or}: as best_either_or around a random member c instead of best or x;
 *   <li>{@code jade_best}: x + km_i (best − x) + km_i (a − h), h drawn from all evaluated vectors, with km_i
 *       and kr_i drawn per member around means that adapt to the successful values (JADE);
 *   <li>{@code simplex_best_1_bin}: best_1_bin, plus a Nelder-Mead refinement of the best member every
 *       few generations.
 * </ul>
 * a, b, c are distinct random members; x is the member the trial competes with.
 */
public enum Strategy {
    /** GenX's default. */
    BEST_1_BIN("best_1_bin"),
    /** Random base vector, binomial crossover. */
    RAND_1_BIN("rand_1_bin"),
    /** Best base vector, either mutation or arithmetic recombination. */
    BEST_EITHER_OR("best_either_or"),
    /** Random base vector, either mutation or arithmetic recombination. */
    RAND_EITHER_OR("rand_either_or"),
    /** Adaptive km and kr (JADE). */
    JADE_BEST("jade_best"),
    /** best_1_bin with periodic Nelder-Mead on the best member. */
    SIMPLEX_BEST_1_BIN("simplex_best_1_bin");

    private final String genxName;

    Strategy(String genxName) {
        this.genxName = genxName;
    }

    /** The name GenX and evofit's files use. */
    public String genxName() {
        return genxName;
    }

    /** The strategy with that GenX name; throws IllegalArgumentException naming the valid ones. */
    public static Strategy byName(String name) {
        for (Strategy s : values()) {
            if (s.genxName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown strategy '" + name + "'; expected one of "
                + Arrays.stream(values()).map(Strategy::genxName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return genxName;
    }
}
