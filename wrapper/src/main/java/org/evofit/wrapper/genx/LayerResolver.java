package org.evofit.wrapper.genx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.core.materials.Composition;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.LayerQuantity;

/**
 * Decides each layer's scattering once the probe is known: for X-rays its {@code f}, for neutrons
 * its {@code b}; the other one does not enter the curve. {@code fp.Mg + fp.O} becomes the material
 * {@code Mg + O}; a complex literal {@code (1e-20+1e-20j)} becomes {@code f_re}/{@code f_im}.
 */
final class LayerResolver {

    private static final String NUM = "[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?";
    private static final Pattern COMPLEX = Pattern.compile("\\(?\\s*(" + NUM + ")?\\s*(?:([+-])\\s*("
            + "(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)j)?\\s*\\)?");
    private static final Pattern IMAGINARY = Pattern.compile("\\(?\\s*(" + NUM + ")j\\s*\\)?");

    private LayerResolver() {
    }

    /** Resolves every layer's f or b; a layer whose value cannot be translated is listed as untranslated. */
    static void resolve(ModelDraft m) {
        boolean xray = m.isXray();
        String table = xray ? "fp" : "bc";
        for (LayerDraft layer : m.layers.values()) {
            String text = xray ? layer.f() : layer.b();
            String prefix = xray ? "f" : "b";
            LayerQuantity re = xray ? LayerQuantity.F_RE : LayerQuantity.B_RE;
            LayerQuantity im = xray ? LayerQuantity.F_IM : LayerQuantity.B_IM;
            if (!xray && m.neutronOnly.containsKey(layer.name())) {
                m.untranslated(layer.line(), layer.name() + " = model.Layer(...)", "non-zero "
                        + m.neutronOnly.get(layer.name()) + " has no evofit equivalent for neutrons");
                continue;
            }
            if (text == null) {
                continue;       // GenX's default scattering factor is 0, as is evofit's
            }
            double[] c = complex(text);
            if (c != null) {
                layer.quantities().put(re.key(), ScriptValue.of(c[0]));
                layer.quantities().put(im.key(), ScriptValue.of(c[1]));
                continue;
            }
            String material = material(text, table);
            String problem = material == null ? prefix + " = " + text + " is neither a number nor a sum of "
                    + table + ".<element> terms" : check(material, xray, m);
            if (problem != null) {
                m.untranslated(layer.line(), layer.name() + ": " + prefix + "=" + text, problem);
            } else {
                m.materials.put(layer.name(), material);
            }
        }
    }

    private static String check(String material, boolean xray, ModelDraft m) {
        try {
            Composition c = Composition.parse(material);
            if (xray) {
                ScriptValue wavelength = m.instrument.get(InstrumentQuantity.WAVELENGTH.key());
                c.f(wavelength == null ? 1.54 : wavelength.value());
            } else {
                c.b();
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** {@code fp.Mg + 2*fp.O} → {@code Mg + 2*O}; null when a term is not (factor ×) table.element. */
    static String material(String text, String table) {
        Pattern term = Pattern.compile("(?:(" + NUM + ")\\s*\\*\\s*)?" + table + "\\.([A-Z][A-Za-z0-9]*)(?:\\s*\\*\\s*("
                + NUM + "))?");
        List<String> out = new ArrayList<>();
        for (String part : text.split("\\+")) {
            Matcher x = term.matcher(part.strip());
            if (!x.matches() || (x.group(1) != null && x.group(3) != null)) {
                return null;
            }
            String factor = x.group(1) != null ? x.group(1) : x.group(3);
            out.add(factor == null || Double.parseDouble(factor) == 1 ? x.group(2) : factor + "*" + x.group(2));
        }
        return String.join(" + ", out);
    }

    /** A Python number or complex literal as {re, im}; null when the text is not one. */
    static double[] complex(String text) {
        Matcher i = IMAGINARY.matcher(text.strip());
        if (i.matches()) {
            return new double[] {0, Double.parseDouble(i.group(1))};
        }
        Matcher x = COMPLEX.matcher(text.strip());
        if (!x.matches() || x.group(1) == null) {
            return null;
        }
        double re = Double.parseDouble(x.group(1));
        double im = x.group(3) == null ? 0 : Double.parseDouble(x.group(3)) * ("-".equals(x.group(2)) ? -1 : 1);
        return new double[] {re, im};
    }
}
