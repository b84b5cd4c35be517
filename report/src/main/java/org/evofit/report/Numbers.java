package org.evofit.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How reports print numbers: six significant digits (trailing zeros dropped), plain between 1e-4
 * and 1e6, scientific outside; uncertainties to two significant digits. Tables, chart labels and
 * tests use this one formatter so that what a table shows can be found again.
 */
public final class Numbers {

    private Numbers() {
    }

    /** A value to six significant digits; NaN and infinities as {@code —}. */
    public static String value(double v) {
        return significant(v, 6);
    }

    /** An uncertainty to two significant digits; NaN as {@code —}. */
    public static String error(double v) {
        return significant(v, 2);
    }

    /** A low/high error pair such as {@code −0.12 / +0.3}. */
    public static String range(double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return "—";
        }
        return error(low) + " / +" + error(high);
    }

    static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(digits));
        double a = Math.abs(rounded.doubleValue());
        if (a >= 1e-4 && a < 1e6) {
            String plain = rounded.stripTrailingZeros().toPlainString();
            return plain;
        }
        String s = String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
        // 1.50000e-06 -> 1.5e-06: trailing zeros of the mantissa say nothing.
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + s.substring(e);
    }
}
