package org.evofit.wrapper.genx;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies GenX's parameter table to a translated peak-fitting script: {@code g1.setXc} sets the
 * component g1's center, {@code cp.setBkg} the constant bkg. GenX names each setter after the
 * attribute with its first letter capitalised.
 */
final class CurveParameterTable {

    private static final Pattern ROW = Pattern.compile("([A-Za-z_]\\w*)\\.set(\\w+)");

    private CurveParameterTable() {
    }

    /** Applies every row; a row evofit cannot express is listed as untranslated. */
    static void apply(List<GenxParameter> rows, CurveDraft d) {
        for (GenxParameter row : rows) {
            Matcher x = ROW.matcher(row.name());
            String problem = x.matches() ? set(d, x.group(1), x.group(2), row) : "not a setter GenX writes";
            if (problem != null) {
                d.untranslated(0, "row " + (row.row() + 1) + " '" + row.name() + "'", problem);
            }
        }
    }

    private static String set(CurveDraft d, String object, String setter, GenxParameter row) {
        String variable = object.equals(d.userVarsName) ? uncapitalised(d.variables, setter) : null;
        if (variable != null && !d.sum.contains(variable)) {
            d.variables.put(variable, d.variables.get(variable).withRow(row));
            return null;
        }
        CurveDraft.Component c = d.components.get(object.equals(d.userVarsName) ? uncapitalised(d.variables, setter) : object);
        String param;
        if (object.equals(d.userVarsName)) {
            param = "value";
        } else {
            String cls = d.instanceClass.get(object);
            String attribute = cls == null ? null : uncapitalised(d.classes.get(cls).defaults(), setter);
            param = attribute == null ? null : d.classes.get(cls).shape().parameterOf(attribute);
        }
        if (c == null || param == null || !c.params().containsKey(param)) {
            return "no parameter of a component Sim adds";
        }
        c.params().put(param, c.params().get(param).withRow(row));
        return null;
    }

    /** The key whose first letter capitalised is {@code setter}, or null. */
    static String uncapitalised(Map<String, ?> keys, String setter) {
        return keys.keySet().stream()
                .filter(k -> !k.isEmpty() && (Character.toUpperCase(k.charAt(0)) + k.substring(1)).equals(setter))
                .findFirst().orElse(null);
    }
}
