package org.evofit.wrapper.genx;

import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.LayerQuantity;
import org.evofit.core.refl.sample.StackSpec;

/**
 * Maps GenX's setter names (the parameter table's {@code Fe.setD}, the script's {@code TopFe.setD(...)})
 * to evofit parameter names ({@code Fe.d}, {@code inst.res}, {@code Lambda}).
 */
final class GenxNames {

    private GenxNames() {
    }

    /**
     * The evofit parameter that {@code object.set<attribute>} sets, or null when there is none.
     *
     * @param m         the model so far, which knows the script's names
     * @param object    the Python object, such as {@code Fe}, {@code inst} or {@code cp}
     * @param attribute the setter's suffix, such as {@code D} or {@code Lambda}
     * @return the evofit parameter name
     */
    static String parameter(ModelDraft m, String object, String attribute) {
        if (object.equals(m.userVarsName)) {
            return userVariable(m.variables.keySet(), attribute);
        }
        if (object.equals(m.instrumentName)) {
            InstrumentQuantity q = InstrumentQuantity.byGenxSetter(attribute);
            return q == null ? null : q.parameterName();
        }
        if (m.layers.containsKey(object)) {
            LayerQuantity q = layerQuantity(attribute);
            return q == null ? null : q.parameterName(object);
        }
        if (m.stacks.containsKey(object) && attribute.equals("Repetitions")) {
            return StackSpec.repetitionsName(object);
        }
        return null;
    }

    /**
     * The user variable {@code cp.set<attribute>} sets: GenX's {@code new_var('dlol', ...)} makes the
     * setter {@code setDlol}, its name with the first letter capitalised; null when there is none.
     */
    static String userVariable(java.util.Set<String> variables, String attribute) {
        if (variables.contains(attribute)) {
            return attribute;
        }
        return variables.stream().filter(v -> !v.isEmpty()
                && (Character.toUpperCase(v.charAt(0)) + v.substring(1)).equals(attribute)).findFirst().orElse(null);
    }

    /** The layer quantity GenX's {@code Layer.set<attribute>} sets ({@code setD} sets {@code d}), or null. */
    static LayerQuantity layerQuantity(String attribute) {
        return attribute.isEmpty() ? null
                : LayerQuantity.byGenxName(Character.toLowerCase(attribute.charAt(0)) + attribute.substring(1));
    }
}
