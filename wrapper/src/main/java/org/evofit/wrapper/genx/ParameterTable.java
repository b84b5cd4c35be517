package org.evofit.wrapper.genx;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.StackSpec;

/**
 * Applies GenX's parameter table to the translated script: each row's value, fit flag and bounds
 * replace what the script wrote, because GenX sets the table's values before every simulation.
 */
final class ParameterTable {

    private static final Pattern ROW = Pattern.compile("([A-Za-z_]\\w*)\\.set(\\w+)");

    private ParameterTable() {
    }

    /** Applies every row; a row evofit cannot express is listed as untranslated. */
    static void apply(List<GenxParameter> rows, ModelDraft m) {
        for (GenxParameter row : rows) {
            Matcher x = ROW.matcher(row.name());
            String target = x.matches() ? GenxNames.parameter(m, x.group(1), x.group(2)) : null;
            String problem = target == null ? "no evofit parameter of that name" : set(m, x.group(1), target, row);
            if (problem != null) {
                m.untranslated(0, "row " + (row.row() + 1) + " '" + row.name() + "'", problem);
            }
        }
    }

    /** Sets the row's target; returns why it could not, or null. */
    private static String set(ModelDraft m, String object, String target, GenxParameter row) {
        String instrumentKey = target.startsWith(InstrumentQuantity.PREFIX)
                ? target.substring(InstrumentQuantity.PREFIX.length()) : null;
        if (object.equals(m.instrumentName) && instrumentKey != null) {
            m.instrument.put(instrumentKey, current(m.instrument.get(instrumentKey)).withRow(row));
            return null;
        }
        if (object.equals(m.userVarsName)) {
            m.variables.put(target, m.variables.get(target).withRow(row));
            return null;
        }
        String key = target.substring(target.indexOf('.') + 1);
        LayerDraft layer = m.layers.get(object);
        if (layer != null) {
            layer.quantities().put(key, current(layer.quantities().get(key)).withRow(row));
            return null;
        }
        StackSpec stack = m.stacks.get(object);
        if (stack != null && row.value() == Math.rint(row.value()) && row.value() >= 0 && !row.fit()) {
            m.stacks.put(object, new StackSpec(object, stack.layers(), (int) row.value()));
            return null;
        }
        // evofit fits only continuous parameters; a repetition count stays fixed.
        return "repetitions must be a fixed whole number in evofit";
    }

    /** What the script wrote, or a placeholder that no row value equals by accident. */
    private static ScriptValue current(ScriptValue q) {
        return q != null ? q : ScriptValue.of("", Double.NaN);
    }
}
