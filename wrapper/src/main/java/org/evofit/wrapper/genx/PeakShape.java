package org.evofit.wrapper.genx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the return expression of a GenX peak class's {@code calc(self, x)} as one of evofit's
 * curve components. Only whole expressions of a known form are recognised, written the way GenX's
 * examples write them (spaces do not matter); anything else is not a peak evofit knows.
 *
 * @param kind   the evofit component kind, such as {@code gaussian}
 * @param params the class attribute for each evofit parameter, in the component's order
 */
record PeakShape(String kind, Map<String, String> params) {

    private static final String S = "self\\.([A-Za-z_]\\w*)";
    private static final String EXP = "(?:np\\.|numpy\\.)?exp";

    private record Form(String kind, List<String> names, String regex) {
    }

    /** {@code X} stands for calc's argument; each {@code S} captures a class attribute, in {@code names}' order. */
    private static final List<Form> FORMS = List.of(
            new Form("gaussian", List.of("height", "center", "sigma"), S + "\\*" + EXP + "\\(-\\(X-" + S + "\\)\\*\\*2/2/" + S + "\\*\\*2\\)"),
            new Form("gaussian", List.of("height", "center", "sigma"), S + "\\*" + EXP + "\\(-\\(X-" + S + "\\)\\*\\*2/\\(2\\*" + S + "\\*\\*2\\)\\)"),
            new Form("lorentzian", List.of("height", "center", "gamma"), S + "/\\(1\\+\\(\\(X-" + S + "\\)/" + S + "\\)\\*\\*2\\)"));

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
        return null;
    }

    /** The evofit parameter that a class attribute sets, or null. */
    String parameterOf(String attribute) {
        return params.entrySet().stream().filter(p -> p.getValue().equals(attribute)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
