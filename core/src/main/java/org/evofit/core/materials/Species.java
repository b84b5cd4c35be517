package org.evofit.core.materials;

/**
 * An atom kind as the tables know it: an element in its natural isotopic mixture ({@code Fe}) or one
 * isotope of it ({@code 56Fe}, {@code 2H}). X-ray scattering depends only on the element, neutron
 * scattering lengths and masses also on the isotope.
 *
 * <p>Names follow the tables: an element symbol, or the mass number written in front of the symbol
 * ({@code 2H}, {@code 157Gd}). {@code D} and {@code T} are accepted for deuterium ({@code 2H}) and
 * tritium ({@code 3H}) because neutron reflectometry writes them everywhere (D2O, d-polymers).
 *
 * @param element    element symbol, case-sensitive ({@code Fe})
 * @param massNumber mass number of the isotope, or {@link #NATURAL} for the natural mixture
 */
public record Species(String element, int massNumber) {

    /** The mass number that marks the natural isotopic mixture of an element. */
    public static final int NATURAL = 0;

    /** Checks that the element is a symbol and the mass number is not negative. */
    public Species {
        if (!ElementSymbols.isSymbol(element)) {
            throw new IllegalArgumentException(ElementSymbols.unknown(element));
        }
        if (massNumber < 0) {
            throw new IllegalArgumentException("mass number of " + element + " must not be negative but is "
                    + massNumber);
        }
    }

    /** The natural isotopic mixture of an element. */
    public static Species natural(String element) {
        return new Species(element, NATURAL);
    }

    /**
     * A species from its table name: {@code Fe}, {@code 2H}, {@code 56Fe}, or the aliases {@code D} and
     * {@code T}.
     *
     * @throws IllegalArgumentException {@code unknown element 'Xx'} when the letters are not an element
     *                                  symbol
     */
    public static Species parse(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("unknown element '" + name + "'");
        }
        if (name.equals("D")) {
            return new Species("H", 2);
        }
        if (name.equals("T")) {
            return new Species("H", 3);
        }
        int digits = 0;
        while (digits < name.length() && Character.isDigit(name.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            return natural(name);
        }
        String symbol = name.substring(digits);
        if (!ElementSymbols.isSymbol(symbol)) {
            throw new IllegalArgumentException(ElementSymbols.unknown(symbol));
        }
        int mass;
        try {
            mass = Integer.parseInt(name.substring(0, digits));
        } catch (NumberFormatException tooLong) {
            throw new IllegalArgumentException("unknown isotope '" + name + "'", tooLong);
        }
        if (mass == NATURAL) {
            throw new IllegalArgumentException("unknown isotope '" + name + "'");
        }
        return new Species(symbol, mass);
    }

    /** Whether this is a single isotope rather than the natural mixture. */
    public boolean isIsotope() {
        return massNumber != NATURAL;
    }

    /** The name the tables use: {@code Fe} or {@code 56Fe}. */
    public String tableName() {
        return isIsotope() ? massNumber + element : element;
    }

    /** The table name. */
    @Override
    public String toString() {
        return tableName();
    }
}
