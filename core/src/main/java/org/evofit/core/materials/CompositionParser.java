package org.evofit.core.materials;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the composition syntax described on {@link Composition}. A hand-written recursive-descent
 * reader, because its only job besides reading is to say exactly where a string goes wrong.
 */
final class CompositionParser {

    private final String text;
    private int index;
    private final Map<Species, Double> counts = new LinkedHashMap<>();

    private CompositionParser(String text) {
        this.text = text;
    }

    /**
     * The atoms of a composition, equal species merged, in order of first appearance.
     *
     * @throws CompositionSyntaxException located at the first character that does not fit
     */
    static List<AtomCount> parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("composition must be given");
        }
        CompositionParser parser = new CompositionParser(text);
        parser.composition();
        return parser.counts.entrySet().stream()
                .map(entry -> new AtomCount(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** composition := term ('+' term)* , blanks allowed around every term. */
    private void composition() {
        while (true) {
            skipBlanks();
            term();
            skipBlanks();
            if (atEnd()) {
                return;
            }
            if (peek() == '(') {
                throw error("parentheses are not supported: write Ca(OH)2 as Ca + 2*O + 2*H");
            }
            if (peek() != '+') {
                throw error("expected '+' or the end");
            }
            index++;
        }
    }

    /**
     * term := [number '*'] formula ; the factor multiplies every count of the formula. A whole number
     * written right before a symbol, as in {@code 58Ni} or {@code 10B4C}, is the mass number of the
     * formula's first species, as chemists write ⁵⁸Ni.
     */
    private void term() {
        double factor = 1;
        if (massNumberAhead()) {
            formula(factor);
            return;
        }
        if (!atEnd() && isNumberStart(peek())) {
            int start = index;
            factor = number();
            skipBlanks();
            if (atEnd() || peek() != '*') {
                throw error("expected '*' after the factor " + text.substring(start, index).strip());
            }
            index++;
            skipBlanks();
        }
        formula(factor);
    }

    /** formula := [massNumber] (species [number])+ , as in Fe, SiO2, Fe2O3, D2O, [13C]O2, 58Ni, 10B4C. */
    private void formula(double factor) {
        Species first = massNumberAhead() ? isotopeWithoutBrackets() : null;
        if (first == null && (atEnd() || !isSpeciesStart(peek()))) {
            throw error(expectedSymbol());
        }
        while (first != null || (!atEnd() && isSpeciesStart(peek()))) {
            Species species = first != null ? first : species();
            first = null;
            double count = 1;
            if (!atEnd() && isNumberStart(peek())) {
                count = number();
            }
            counts.merge(species, factor * count, Double::sum);
        }
    }

    /** Whether digits follow, directly followed by a capital letter: a mass number, as in 58Ni. */
    private boolean massNumberAhead() {
        int i = index;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > index && i < text.length() && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z';
    }

    /** massNumber Symbol , refused unless the tables know that isotope (2O is no isotope: 2*O is meant). */
    private Species isotopeWithoutBrackets() {
        int start = index;
        while (Character.isDigit(peek())) {
            index++;
        }
        String massText = text.substring(start, index);
        int symbolStart = index;
        String symbol = symbol(symbolStart);
        if (symbol.equals("D") || symbol.equals("T")) {
            throw new CompositionSyntaxException(text, symbolStart + 1,
                    "write " + symbol + " without a mass number, or 2H / 3H");
        }
        Species isotope = null;
        try {
            isotope = new Species(symbol, Integer.parseInt(massText));
        } catch (NumberFormatException tooLong) {
            // not a mass number: refused below
        }
        if (isotope == null || isotope.massNumber() == Species.NATURAL || !AtomicWeights.standard().has(isotope)) {
            throw new CompositionSyntaxException(text, start + 1, massText + symbol + " is not an isotope the tables"
                    + " know: write " + massText + "*" + symbol + " for " + massText + " atoms of " + symbol
                    + ", or a mass number before the symbol for an isotope (" + AtomicWeights.standard()
                    .isotopeNames(symbol) + ")");
        }
        return isotope;
    }

    /** species := Symbol | '[' massNumber Symbol ']' ; D and T are deuterium and tritium. */
    private Species species() {
        if (peek() != '[') {
            int start = index;
            return Species.parse(symbol(start));
        }
        int open = index;
        index++;
        int digitsStart = index;
        while (!atEnd() && Character.isDigit(peek())) {
            index++;
        }
        if (index == digitsStart) {
            throw error("expected the mass number of an isotope, as in [2H]");
        }
        String massText = text.substring(digitsStart, index);
        int symbolStart = index;
        if (atEnd() || !(peek() >= 'A' && peek() <= 'Z')) {
            throw error(expectedSymbol());
        }
        String symbol = symbol(symbolStart);
        if (symbol.equals("D") || symbol.equals("T")) {
            throw new CompositionSyntaxException(text, symbolStart + 1,
                    "write " + symbol + " without a mass number, or [2H] / [3H]");
        }
        if (atEnd() || peek() != ']') {
            throw error("expected ']' to close the isotope opened at position " + (open + 1));
        }
        index++;
        int mass;
        try {
            mass = Integer.parseInt(massText);
        } catch (NumberFormatException tooLong) {
            mass = 0;
        }
        if (mass <= 0) {
            throw new CompositionSyntaxException(text, digitsStart + 1, "mass number must be positive");
        }
        return new Species(symbol, mass);
    }

    /** A capital letter and the lower-case letters after it, checked against the element symbols. */
    private String symbol(int start) {
        index++;
        while (!atEnd() && peek() >= 'a' && peek() <= 'z') {
            index++;
        }
        String symbol = text.substring(start, index);
        if (!ElementSymbols.isSymbol(symbol) && !symbol.equals("D") && !symbol.equals("T")) {
            throw new CompositionSyntaxException(text, start + 1, ElementSymbols.unknown(symbol));
        }
        return symbol;
    }

    /** number := digits ['.' digits] | '.' digits ; positive. */
    private double number() {
        int start = index;
        while (!atEnd() && Character.isDigit(peek())) {
            index++;
        }
        if (!atEnd() && peek() == '.') {
            index++;
            while (!atEnd() && Character.isDigit(peek())) {
                index++;
            }
        }
        String written = text.substring(start, index);
        if (written.equals(".")) {
            throw new CompositionSyntaxException(text, start + 1, "expected a number");
        }
        double value = Double.parseDouble(written);
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new CompositionSyntaxException(text, start + 1, "count must be positive but is " + written);
        }
        return value;
    }

    /** What to say where a symbol was expected, with a hint when only the letter case is wrong. */
    private String expectedSymbol() {
        String message = "expected an element symbol";
        if (!atEnd() && peek() >= 'a' && peek() <= 'z') {
            int end = index + 1;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String word = text.substring(index, end);
            String hint = ElementSymbols.unknown(word);
            int hintStart = hint.indexOf(" (");
            if (hintStart >= 0) {
                message += hint.substring(hintStart);
            }
        }
        return message;
    }

    private CompositionSyntaxException error(String detail) {
        return new CompositionSyntaxException(text, index + 1, detail);
    }

    private void skipBlanks() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            index++;
        }
    }

    private boolean atEnd() {
        return index >= text.length();
    }

    private char peek() {
        return text.charAt(index);
    }

    private static boolean isNumberStart(char c) {
        return Character.isDigit(c) || c == '.';
    }

    private static boolean isSpeciesStart(char c) {
        return (c >= 'A' && c <= 'Z') || c == '[';
    }
}
