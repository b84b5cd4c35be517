package org.evofit.wrapper.genx;

import java.util.regex.Pattern;
import org.evofit.core.refl.sample.LayerQuantity;

/**
 * A layer's scattering set by a script call, {@code Film.setB(...)} or {@code Film.setF(...)}: GenX
 * runs the call before every simulation, so its value replaces what the layer's declaration gave.
 * A number, a complex literal or a sum of table entries ({@code bc.Ni}) replaces the declared text,
 * which {@link LayerResolver} then resolves as if declared; an expression of parameters
 * ({@code cp.bFilm}) becomes a coupling of the real part, the imaginary part fixed at 0.
 */
final class ScatteringSetter {

    /** A Python imaginary literal such as {@code 1j} or {@code 2.5e-3J}, which evofit's expressions lack. */
    private static final Pattern IMAGINARY = Pattern.compile("(?<![\\w.])(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?[jJ]\\b");

    private ScatteringSetter() {
    }

    /**
     * Applies {@code layer.setB(argument)} (neutron) or {@code layer.setF(argument)} (X-ray).
     *
     * @return why the call has no evofit equivalent, or null
     */
    static String apply(ModelDraft m, int line, String layer, boolean neutron, String argument) {
        LayerDraft d = m.layers.get(layer);
        String table = neutron ? "bc" : "fp";
        if (LayerResolver.complex(argument) != null || LayerResolver.material(argument.strip(), table) != null) {
            m.layers.put(layer, neutron ? new LayerDraft(layer, d.line(), d.quantities(), d.f(), argument.strip())
                    : new LayerDraft(layer, d.line(), d.quantities(), argument.strip(), d.b()));
            return null;
        }
        LayerQuantity re = neutron ? LayerQuantity.B_RE : LayerQuantity.F_RE;
        if (IMAGINARY.matcher(argument).find()) {
            LayerQuantity im = neutron ? LayerQuantity.B_IM : LayerQuantity.F_IM;
            return "a complex expression of parameters; evofit couples the real and imaginary parts separately ("
                    + re.parameterName(layer) + ", " + im.parameterName(layer)
                    + "), so the script would need one real expression for each";
        }
        String expression = PyExpr.expression(argument, m.userVarsName);
        if (expression == null) {
            return "the expression uses more than parameters, numbers and arithmetic";
        }
        if (neutron != !m.isXray()) {
            return null;        // the other probe's scattering does not enter this curve
        }
        m.layers.put(layer, neutron ? new LayerDraft(layer, d.line(), d.quantities(), d.f(), "0")
                : new LayerDraft(layer, d.line(), d.quantities(), "0", d.b()));
        m.couplings.putIfAbsent(re.parameterName(layer) + " = " + expression, line);
        return null;
    }
}
