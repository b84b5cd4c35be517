package org.evofit.core.data;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads numbers as data files write them: {@code 1}, {@code -2.5e-3}, {@code .5}, and {@code nan},
 * {@code inf}, {@code infinity} in any case with an optional sign (as numpy and C print them).
 *
 * <p>{@link Double#parseDouble} alone is too lenient for this: it also takes {@code 1d},
 * {@code 0x1p3} and surrounding blanks, which in a data column are far more likely typos than
 * intended values.
 */
public final class NumberText {

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private NumberText() {
    }

    /** The value of the text, or empty when it is not a number in the accepted forms. */
    public static OptionalDouble parse(String text) {
        if (DECIMAL.matcher(text).matches()) {
            return OptionalDouble.of(Double.parseDouble(text));
        }
        boolean negative = text.startsWith("-");
        String word = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "nan" -> OptionalDouble.of(Double.NaN);
            case "inf", "infinity" ->
                    OptionalDouble.of(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            default -> OptionalDouble.empty();
        };
    }

    /** Whether the text would be a number if its comma were a decimal point. */
    static boolean hasDecimalComma(String text) {
        return text.indexOf(',') >= 0 && DECIMAL.matcher(text.replace(',', '.')).matches();
    }
}
