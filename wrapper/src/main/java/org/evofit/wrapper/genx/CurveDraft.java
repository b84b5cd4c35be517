package org.evofit.wrapper.genx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A curve model being assembled from a GenX peak-fitting script and its parameter table;
 * {@link CurveImport} builds the model from it. Mutable because the script and then the table fill it in.
 */
final class CurveDraft {

    /**
     * A peak class of the script.
     *
     * @param shape    what its calc computes, null when evofit has no such component
     * @param defaults its attributes' default values
     */
    record PeakClass(PeakShape shape, Map<String, ScriptValue> defaults) {
    }

    /**
     * One component: an instance of a peak class, or a user variable added as a constant.
     *
     * @param name   the Python name (instance or variable), evofit's component name
     * @param kind   the evofit component kind
     * @param params evofit parameter → quantity, in the component's order
     */
    record Component(String name, String kind, Map<String, ScriptValue> params) {
    }

    final Map<String, PeakClass> classes = new LinkedHashMap<>();
    /** Instances by Python name, with the class they belong to. */
    final Map<String, Component> instances = new LinkedHashMap<>();
    final Map<String, String> instanceClass = new LinkedHashMap<>();
    final Map<String, ScriptValue> variables = new LinkedHashMap<>();
    /** The terms Sim adds up, in order: instance or variable names. */
    final List<String> sum = new ArrayList<>();
    final List<ScriptLine> untranslated = new ArrayList<>();
    /** Couplings as evofit writes them ("g2.sigma = sigma"), with their script lines. */
    final Map<String, Integer> couplings = new LinkedHashMap<>();
    String userVarsName;
    /** The Python variable holding the sum, and whether Sim returns it as GenX expects ({@code return [I]}). */
    String sumVariable;
    boolean returnsSum;

    void untranslated(int line, String text, String reason) {
        untranslated.add(new ScriptLine(line, text, reason));
    }

    /** Whether the script follows the peak-fitting pattern: a known peak shape summed in Sim and returned. */
    boolean followsPattern() {
        return returnsSum && !sum.isEmpty() && sum.stream().anyMatch(instances::containsKey);
    }

    /** The user variables Sim does not add to the curve: they are the model's variables, read by couplings. */
    Map<String, ScriptValue> freeVariables() {
        Map<String, ScriptValue> out = new LinkedHashMap<>(variables);
        sum.forEach(out::remove);
        return out;
    }

    /** The components in the order Sim adds them, filled in once the script is read. */
    final Map<String, Component> components = new LinkedHashMap<>();

    /** Fills {@link #components} from the sum: instances as they are, user variables as constants. */
    void collectComponents() {
        for (String term : sum) {
            Component c = instances.get(term);
            components.put(term, c != null ? c
                    : new Component(term, "constant", new LinkedHashMap<>(Map.of("value", variables.get(term)))));
        }
    }
}
