package org.evofit.wrapper.genx;

import org.evofit.wrapper.modelfile.YamlScalars;

/**
 * One numeric value of the imported model as GenX's script gives it and its parameter table then
 * sets it: the text the script wrote (a number or a constant expression such as {@code 2/2.866^3}),
 * its value, and the fit flag and bounds of the table's row. The builders take the numbers; the
 * model-file writer keeps the text where it still holds the value.
 *
 * @param text  the value as the script wrote it, {@code **} already {@code ^}
 * @param value the value
 * @param fit   whether it is fitted
 * @param min   the lower bound, NaN when there is none
 * @param max   the upper bound, NaN when there is none
 */
record ScriptValue(String text, double value, boolean fit, double min, double max) {

    /** A fixed value written as given. */
    static ScriptValue of(String text, double value) {
        return new ScriptValue(text, value, false, Double.NaN, Double.NaN);
    }

    /** A fixed number. */
    static ScriptValue of(double value) {
        return of(YamlScalars.number(value), value);
    }

    /**
     * The value as the parameter table sets it. GenX copies the evaluated script value into the table,
     * so a row that holds it (to 1e-12) keeps the script's expression and its value, because
     * {@code 4/3.92^3} says more than 0.06640515...; another value replaces both.
     */
    ScriptValue withRow(GenxParameter row) {
        boolean same = Math.abs(row.value() - value) <= 1e-12 * Math.max(Math.abs(value), Double.MIN_NORMAL);
        String t = same ? text : YamlScalars.number(row.value());
        double v = same ? value : row.value();
        // GenX keeps bounds on fixed rows too; only fitted rows need them, and a bare value reads best.
        return row.fit() ? new ScriptValue(t, v, true, row.min(), row.max()) : of(t, v);
    }
}
