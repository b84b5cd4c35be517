package org.evofit.wrapper.genx;

import java.util.LinkedHashMap;
import java.util.Map;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.modelfile.YamlScalars;

/**
 * What a GenX batch entry's own parameter table changes against the first entry's, the table
 * model.yaml holds: its start values (GenX keeps each entry's last fit result there), written as the
 * entry's {@code start:} in the sweep file. Start values carry no fit flags or bounds, so an entry
 * that fits other parameters, or fits one within other bounds ({@link #fitDifference}), fits a model
 * file of its own instead.
 */
final class EntryStartValues {

    private EntryStartValues() {
    }

    /**
     * The entry's values that differ from the first entry's, in the model's parameter order.
     *
     * @param first the first entry's translated model's parameters, by name
     * @param entry this entry's translated model's parameters, by name
     * @throws GenxImportException naming the entry and the parameter when a fit flag, the bounds of a
     *                             fitted parameter or the set of parameters differ
     */
    static Map<String, Double> of(Map<String, Parameter> first, String firstGroup, Map<String, Parameter> entry,
                                  String group, String shown) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Parameter f : first.values()) {
            Parameter e = entry.get(f.name());
            if (e == null) {
                throw refused(shown, group, f.name(), "has no parameter " + f.name() + " but the first entry "
                        + firstGroup + " has");
            }
            if (e.fit() != f.fit()) {
                throw refused(shown, group, f.name(), (e.fit() ? "fits " : "fixes ") + f.name()
                        + " but the first entry " + firstGroup + (f.fit() ? " fits" : " fixes") + " it");
            }
            // Bounds of a fixed parameter never reach a fit (GenX keeps them in the table all the same).
            if (e.fit() && (e.min() != f.min() || e.max() != f.max())) {
                throw refused(shown, group, f.name(), "fits " + f.name() + " within [" + YamlScalars.number(e.min()) + ", "
                        + YamlScalars.number(e.max()) + "] but the first entry " + firstGroup + " within ["
                        + YamlScalars.number(f.min()) + ", " + YamlScalars.number(f.max()) + "]");
            }
            if (e.value() != f.value()) {
                out.put(f.name(), e.value());
            }
        }
        for (String name : entry.keySet()) {
            if (!first.containsKey(name)) {
                throw refused(shown, group, name, "has a parameter " + name + " that the first entry " + firstGroup
                        + " lacks");
            }
        }
        return out;
    }

    /**
     * The first parameter that the entry fits and the first entry does not (or the other way round), or
     * fits within other bounds, described for the sweep file's comment; null when they fit alike.
     */
    static String fitDifference(Map<String, Parameter> first, Map<String, Parameter> entry) {
        for (Parameter f : first.values()) {
            Parameter e = entry.get(f.name());
            if (e != null && e.fit() != f.fit()) {
                return (e.fit() ? "fits " : "fixes ") + f.name();
            }
            if (e != null && e.fit() && (e.min() != f.min() || e.max() != f.max())) {
                return "fits " + f.name() + " within [" + YamlScalars.number(e.min()) + ", "
                        + YamlScalars.number(e.max()) + "]";
            }
        }
        return null;
    }

    private static GenxImportException refused(String shown, String group, String parameter, String what) {
        return new GenxImportException(shown, 0, "batch entry " + group + " " + what + "; evofit starts every "
                + "entry's fit from model.yaml (the first entry's table) with the entry's own start values, so "
                + "every entry must fit the same parameters within the same bounds (parameter " + parameter + ")");
    }
}
