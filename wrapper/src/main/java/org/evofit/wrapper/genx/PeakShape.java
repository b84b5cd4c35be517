package org.evofit.wrapper.genx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the return expression of a GenX peak class's {@code calc(self, x)} as one of evofit's
 * curve components: the forms GenX's examples write (spaces do not matter, the Voigt's Faddeeva
 * function among them), then any arithmetic that computes a Gaussian, Lorentzian or pseudo-Voigt of
 * the class's attributes ({@link PeakByValues}); anything else is not a peak evofit knows.
 *
 * @param kind   the evofit component kind, such as {@code gaussian}
 * @param params the class attribute for each evofit parameter, in the component's order
 */
record PeakShape(String kind, Map<String, String> params) {

    private static final String S = "self\\.([A-Za-z_]\\w*)";
    private static final String NUMPY = "(?:np\\.|numpy\\.)?";
    private static final String EXP = NUMPY + "exp";
    private static final String SQRT = NUMPY + "sqrt";
    private static final String PI = NUMPY + "pi";
    private static final String REAL = NUMPY + "real";
    private static final String WOFZ = "(?:scipy\\.special\\.|special\\.)?wofz";

    private record Form(String kind, List<String> names, String regex) {
    }

    /** {@code X} stands for calc's argument; each {@code S} captures a class attribute, in {@code names}' order. */
    private static final List<Form> FORMS = forms();

    private static List<Form> forms() {
        List<Form> forms = new ArrayList<>(List.of(
                new Form("gaussian", List.of("height", "center", "sigma"), S + "\\*" + EXP + "\\(-\\(X-" + S + "\\)\\*\\*2/2/" + S + "\\*\\*2\\)"),
                new Form("gaussian", List.of("height", "center", "sigma"), S + "\\*" + EXP + "\\(-\\(X-" + S + "\\)\\*\\*2/\\(2\\*" + S + "\\*\\*2\\)\\)"),
                new Form("lorentzian", List.of("height", "center", "gamma"), S + "/\\(1\\+\\(\\(X-" + S + "\\)/" + S + "\\)\\*\\*2\\)")));
        // A Voigt profile through scipy's Faddeeva function w(z), z = (x - xc + i·gamma)/(sigma·√2),
        // normalised to unit area: A·Re w(z)/(sigma·√(2π)). Group 4 is sigma; its second use must be
        // the same attribute (\\4). The division by √2 and by √(2π) may each be written either way.
        String z = "\\(X-" + S + "\\+1j\\*" + S + "\\)";
        List<String> arguments = List.of(z + "/\\(" + S + "\\*" + SQRT + "\\(2\\)\\)", z + "/" + S + "/" + SQRT + "\\(2\\)");
        List<String> norms = List.of("/\\(self\\.\\4\\*" + SQRT + "\\(2\\*" + PI + "\\)\\)",
                "/self\\.\\4/" + SQRT + "\\(2\\*" + PI + "\\)");
        for (String argument : arguments) {
            for (String norm : norms) {
                for (String real : List.of(WOFZ + "\\(" + argument + "\\)\\.real", REAL + "\\(" + WOFZ + "\\(" + argument + "\\)\\)")) {
                    forms.add(new Form("voigt", List.of("area", "center", "gamma", "sigma"), S + "\\*" + real + norm));
                }
            }
        }
        return List.copyOf(forms);
    }

    /**
     * The shape of a calc return expression, or null when it is none evofit has.
     *
     * @param expression the text after {@code return}
     * @param x          the name of calc's argument
     * @return the shape, its attributes all distinct
     */
    static PeakShape of(String expression, String x) {
        String e = expression.replaceAll("\\s+", "");
        for (Form f : FORMS) {
            Matcher m = Pattern.compile(f.regex().replace("X", Pattern.quote(x))).matcher(e);
            if (m.matches()) {
                Map<String, String> params = new LinkedHashMap<>();
                for (int i = 0; i < f.names().size(); i++) {
                    params.put(f.names().get(i), m.group(i + 1));
                }
                // self.A*exp(-(x-self.A)...) is not a Gaussian with three parameters.
                return params.values().stream().distinct().count() == params.size() ? new PeakShape(f.kind(), params) : null;
            }
        }
        return PeakByValues.of(expression, x);
    }

    /** The evofit parameter that a class attribute sets, or null. */
    String parameterOf(String attribute) {
        return params.entrySet().stream().filter(p -> p.getValue().equals(attribute)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
