package org.evofit.wrapper.genx;

import java.util.Map;

/**
 * Maps GenX's setter names (the parameter table's {@code Fe.setD}, the script's {@code TopFe.setD(...)})
 * to evofit parameter names ({@code Fe.d}, {@code inst.res}, {@code Lambda}).
 */
final class GenxNames {

    /** GenX instrument setter suffix → evofit instrument parameter (InstrumentParameters' names). */
    private static final Map<String, String> INSTRUMENT = Map.of("Res", "res", "I0", "I0", "Ibkg", "Ibkg",
            "Tthoff", "tthoff", "Beamw", "beamw", "Samplelen", "samplelen", "Wavelength", "wavelength");
    private static final Map<String, String> LAYER = Map.of("D", "d", "Sigma", "sigma", "Dens", "dens");

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
            return m.variables.containsKey(attribute) ? attribute : null;
        }
        if (object.equals(m.instrumentName)) {
            String key = INSTRUMENT.get(attribute);
            return key == null ? null : "inst." + key;
        }
        if (m.layers.containsKey(object)) {
            String key = LAYER.get(attribute);
            return key == null ? null : object + "." + key;
        }
        if (m.stacks.containsKey(object) && attribute.equals("Repetitions")) {
            return object + ".repetitions";
        }
        return null;
    }
}
