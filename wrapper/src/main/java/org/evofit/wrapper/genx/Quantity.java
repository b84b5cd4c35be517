package org.evofit.wrapper.genx;

import org.evofit.wrapper.modelfile.YamlScalars;

/**
 * One numeric quantity of the imported model as it will be written: the text of its value (a number
 * or a constant expression such as {@code 2/2.866^3}), its value, and its fit flag and bounds when
 * GenX's parameter table has a row for it.
 *
 * @param text    the value as written in model.yaml (without quotes)
 * @param value   the value
 * @param fit     whether it is fitted
 * @param min     the lower bound, NaN when there is none
 * @param max     the upper bound, NaN when there is none
 */
record Quantity(String text, double value, boolean fit, double min, double max) {

    /** A fixed value written as given. */
    static Quantity of(String text, double value) {
        return new Quantity(text, value, false, Double.NaN, Double.NaN);
    }

    /** A fixed number. */
    static Quantity of(double value) {
        return of(YamlScalars.number(value), value);
    }

    /** The quantity as model.yaml spells it: its text (quoted when an expression), bounds when fitted. */
    String yaml() {
        return YamlScalars.parameter(YamlScalars.value(text), fit, min, max);
    }

    /**
     * The quantity as the parameter table sets it. The script's expression is kept when the table
     * holds its value (GenX copies the evaluated script value into the table), because
     * {@code 4/3.92^3} says more than 0.06640515...
     */
    Quantity withRow(GenxParameter row) {
        boolean same = Math.abs(row.value() - value) <= 1e-12 * Math.max(Math.abs(value), Double.MIN_NORMAL);
        String t = same ? text : YamlScalars.number(row.value());
        // GenX keeps bounds on fixed rows too; only fitted rows need them, and a bare value reads best.
        return row.fit() ? new Quantity(t, row.value(), true, row.min(), row.max()) : of(t, row.value());
    }
}
