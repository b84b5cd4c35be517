package org.evofit.wrapper.modelfile;

import java.util.regex.Pattern;
import org.evofit.core.param.Parameter;

/**
 * The one place that decides how a number, a string or a parameter is spelled in a model file (and
 * in the sweep file a GenX import writes), so that everything written reads back exactly: the model-file
 * writer (Model.save and the GenX importer) and the sweep writer both write through it.
 *
 * <ul>
 * <li>Numbers in their shortest round-trip form: whole numbers without ".0", exponents lower-case
 *     without a ".0" mantissa ({@code 1e-20}), infinities as {@code inf}/{@code -inf}; NaN is refused
 *     because the reader refuses it.</li>
 * <li>Names, choices and materials ({@link #string}) plain when YAML reads them back as the same
 *     string ({@code Fe}, {@code fast conv}), double-quoted otherwise ({@code "Mg + O"}); free text
 *     ({@link #quoted}: file and data-set names, couplings, expressions) always double-quoted.</li>
 * </ul>
 */
public final class YamlScalars {

    /** A name, or lower-case words after it such as {@code fast conv}, {@code gauss beam}. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.+\\-]*( [a-z][a-z.]*)*");
    /** Plain words YAML (1.1 or 1.2) or the model-file reader would read as something else than a string. */
    private static final Pattern RESERVED =
            Pattern.compile("(?i)true|false|yes|no|on|off|null|y|n|~|\\.?inf(inity)?|\\.?nan");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private YamlScalars() {
    }

    /**
     * A number in the shortest text that reads back as exactly the same double.
     *
     * @throws IllegalArgumentException for NaN, which a model file cannot hold
     */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("NaN has no model-file form: the reader accepts numbers and inf only");
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
            return Long.toString((long) v);
        }
        // Double.toString round-trips; "1.0E-20" reads best as "1e-20".
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        return (mantissa.endsWith(".0") ? mantissa.substring(0, mantissa.length() - 2) : mantissa) + "e"
                + s.substring(e + 1);
    }

    /**
     * A name, a choice or a material ({@code best_1_bin}, {@code fast conv}, {@code Fe}): plain when it
     * reads back as itself, quoted otherwise.
     */
    public static String string(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.matcher(s).matches()) {
            return s;
        }
        return quoted(s);
    }

    /** Free text, always double-quoted, with backslashes and quotes escaped. */
    public static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * A value given as text: a number literal as it is, anything else (a constant expression such as
     * {@code 4/3.92^3}) quoted.
     */
    public static String value(String text) {
        return NUMBER.matcher(text).matches() ? text : quoted(text);
    }

    /**
     * A parameter as a model file writes it: a bare number when fixed without bounds,
     * {@code {value, min, max}} when fitted, and the bounds with {@code fit: false} when fixed with
     * bounds (so that fitting it later needs only the flag).
     */
    public static String parameter(Parameter p) {
        return parameter(number(p.value()), p.fit(), p.min(), p.max());
    }

    /**
     * A parameter whose value is already spelled ({@link #number} or {@link #value}); bounds that are
     * infinite or NaN are not written.
     */
    public static String parameter(String value, boolean fit, double min, double max) {
        boolean hasMin = Double.isFinite(min);
        boolean hasMax = Double.isFinite(max);
        if (!fit && !hasMin && !hasMax) {
            return value;
        }
        StringBuilder out = new StringBuilder("{value: ").append(value);
        if (hasMin) {
            out.append(", min: ").append(number(min));
        }
        if (hasMax) {
            out.append(", max: ").append(number(max));
        }
        if (!fit) {
            out.append(", fit: false");
        }
        return out.append('}').toString();
    }
}
