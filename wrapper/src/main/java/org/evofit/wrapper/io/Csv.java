package org.evofit.wrapper.io;

/**
 * Formats CSV fields (RFC 4180): numbers in Java's shortest round-trip form so that reading a file
 * back gives the same doubles, text quoted when it holds a comma, quote or line break.
 */
public final class Csv {

    private Csv() {
    }

    /** A number field; NaN and infinities are written as NaN, Infinity, -Infinity. */
    public static String number(double v) {
        return Double.toString(v);
    }

    /** A text field, quoted where RFC 4180 requires. */
    public static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
