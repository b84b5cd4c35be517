package org.evofit.wrapper.genx;

import java.util.regex.Pattern;
import org.evofit.core.expr.ExpressionCompiler;

/**
 * Python arithmetic as evofit writes it. The two languages share {@code + - * / ( )} and numbers;
 * Python's power {@code **} is evofit's {@code ^}, and GenX's user variables {@code cp.Lambda} are
 * plain names ({@code Lambda}) in evofit.
 */
final class PyExpr {

    private static final Pattern CONSTANT = Pattern.compile("[0-9.eE+\\-*/^() ]+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern EXPRESSION = Pattern.compile("[\\w.+\\-*/^() ]+");

    private PyExpr() {
    }

    /**
     * A constant: a number or arithmetic of numbers; null when the text is anything else.
     *
     * @param python the Python text
     * @return the quantity, its text a plain number when the Python was one
     */
    static ScriptValue constant(String python) {
        String t = python.strip();
        if (NUMBER.matcher(t).matches()) {
            return ScriptValue.of(Double.parseDouble(t));
        }
        String e = t.replace("**", "^");
        if (!CONSTANT.matcher(e).matches()) {
            return null;
        }
        try {
            double v = ExpressionCompiler.compile(e, n -> -1).evaluate(new double[0]);
            return Double.isFinite(v) ? ScriptValue.of(e.replace(" ", ""), v) : null;
        } catch (IllegalArgumentException bad) {
            return null;
        }
    }

    /**
     * An expression of parameters, such as {@code cp.Lambda - Fe.d} → {@code Lambda - Fe.d}; null
     * when it uses anything but names, numbers and arithmetic.
     *
     * @param python   the Python text
     * @param userVars the name of the script's UserVars object ({@code cp}), or null
     * @return the evofit expression
     */
    static String expression(String python, String userVars) {
        String e = python.strip().replace("**", "^");
        if (userVars != null) {
            e = e.replaceAll("(?<![\\w.])" + Pattern.quote(userVars) + "\\.(?=[A-Za-z_])", "");
        }
        return EXPRESSION.matcher(e).matches() ? e : null;
    }
}
