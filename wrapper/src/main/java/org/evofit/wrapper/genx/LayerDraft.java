package org.evofit.wrapper.genx;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A layer as the script declares it, before the probe decides whether its X-ray {@code f} or its
 * neutron {@code b} matters.
 *
 * @param name       the layer's name
 * @param line       its script line
 * @param quantities d, sigma and dens, then f_re/f_im or b_re/b_im once resolved
 * @param f          the Python text of f, or null
 * @param b          the Python text of b, or null
 */
record LayerDraft(String name, int line, Map<String, ScriptValue> quantities, String f, String b) {

    LayerDraft {
        quantities = new LinkedHashMap<>(quantities);
    }
}
