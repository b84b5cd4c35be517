package org.evofit.core.materials;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The chemical element symbols, hydrogen (Z = 1) to oganesson (Z = 118), written as chemistry writes
 * them: one capital letter, then lower-case letters. Lookups are case-sensitive on purpose, so that a
 * formula such as {@code CO} (carbon and oxygen) can never be confused with {@code Co} (cobalt).
 */
public final class ElementSymbols {

    /** Symbols in order of atomic number; index 0 is hydrogen. */
    private static final List<String> SYMBOLS = List.of(
            "H", "He",
            "Li", "Be", "B", "C", "N", "O", "F", "Ne",
            "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar",
            "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn",
            "Ga", "Ge", "As", "Se", "Br", "Kr",
            "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd",
            "In", "Sn", "Sb", "Te", "I", "Xe",
            "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy",
            "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt",
            "Au", "Hg", "Tl", "Pb", "Bi", "Po", "At", "Rn",
            "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu", "Am", "Cm", "Bk", "Cf",
            "Es", "Fm", "Md", "No", "Lr", "Rf", "Db", "Sg", "Bh", "Hs", "Mt", "Ds",
            "Rg", "Cn", "Nh", "Fl", "Mc", "Lv", "Ts", "Og");

    private static final Map<String, Integer> ATOMIC_NUMBERS = index();

    private ElementSymbols() {
    }

    /** Whether {@code symbol} is an element symbol, exactly as written (case-sensitive). */
    public static boolean isSymbol(String symbol) {
        return symbol != null && ATOMIC_NUMBERS.containsKey(symbol);
    }

    /**
     * The atomic number of an element.
     *
     * @throws IllegalArgumentException {@code unknown element 'Xx'} when the symbol is not an element
     */
    public static int atomicNumber(String symbol) {
        Integer z = symbol == null ? null : ATOMIC_NUMBERS.get(symbol);
        if (z == null) {
            throw new IllegalArgumentException(unknown(symbol));
        }
        return z;
    }

    /**
     * The message for a name that is not an element symbol; it suggests the intended symbol when only
     * the letter case is wrong ({@code FE} for {@code Fe}), the mistake users make most.
     */
    static String unknown(String symbol) {
        String message = "unknown element '" + symbol + "'";
        String recased = recase(symbol);
        if (!recased.equals(symbol) && isSymbol(recased)) {
            message += " (element symbols are case-sensitive: did you mean '" + recased + "'?)";
        }
        return message;
    }

    private static String recase(String symbol) {
        if (symbol == null || symbol.isEmpty()) {
            return String.valueOf(symbol);
        }
        return symbol.substring(0, 1).toUpperCase(Locale.ROOT)
                + symbol.substring(1).toLowerCase(Locale.ROOT);
    }

    private static Map<String, Integer> index() {
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < SYMBOLS.size(); i++) {
            numbers.put(SYMBOLS.get(i), i + 1);
        }
        return Map.copyOf(numbers);
    }
}
