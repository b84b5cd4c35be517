package org.evofit.wrapper.genx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates GenX's peak-fitting scripts (the Peakfit examples): a {@code ModelParamBase} dataclass
 * whose {@code calc(self, x)} returns a peak shape evofit has, instances of it, {@code UserVars}, and a
 * {@code Sim} returning the sum of {@code instance.calc(data[0].x)} terms and user variables. Every
 * line is translated, recognised as not changing the curve, or recorded as untranslated.
 */
final class PeakScriptTranslator {

    private static final String NAME = "[A-Za-z_]\\w*";
    /** Imports that only bring names the pattern uses (numpy's exp, scipy's wofz, dataclass, UserVars, the base class, sleep). */
    private static final Pattern HARMLESS_IMPORT = Pattern.compile(
            "from\\s+(numpy|math|dataclasses|scipy\\.special|models\\.utils|models\\.lib\\.base)\\s+import\\s+.+"
                    + "|import\\s+(numpy|math|time|scipy\\.special)(\\s+as\\s+" + NAME + ")?");
    private static final Pattern GUI_LABEL = Pattern.compile("__[xy]label__\\s*=.*");
    private static final Pattern CLASS = Pattern.compile("class\\s+(" + NAME + ")\\s*\\(\\s*ModelParamBase\\s*\\)\\s*:");
    private static final Pattern ATTRIBUTE = Pattern.compile("(" + NAME + ")\\s*:\\s*float\\s*=\\s*(.+)");
    private static final Pattern CALC = Pattern.compile("def\\s+calc\\s*\\(\\s*self\\s*,\\s*(" + NAME + ")\\s*\\)\\s*:");
    private static final Pattern RETURN = Pattern.compile("return\\s+(.+)");
    private static final Pattern USER_VARS = Pattern.compile("(" + NAME + ")\\s*=\\s*UserVars\\(\\s*\\)");
    private static final Pattern NEW_VAR = Pattern.compile("(" + NAME + ")\\.new_var\\(\\s*(['\"])(" + NAME
            + ")\\2\\s*,\\s*(.+)\\)");
    private static final Pattern INSTANCE = Pattern.compile("(" + NAME + ")\\s*=\\s*(" + NAME + ")\\((.*)\\)");
    private static final Pattern ASSIGN = Pattern.compile("(" + NAME + ")\\s*=\\s*(.+)");
    private static final Pattern CALC_TERM = Pattern.compile("(" + NAME + ")\\.calc\\(data\\[0]\\.x\\)");
    private static final Pattern SETTER = Pattern.compile("(" + NAME + ")\\.set(\\w+)\\((.*)\\)");
    private static final Pattern SLEEP = Pattern.compile("time\\.sleep\\([0-9.eE+\\-]+\\)");

    private enum Block { TOP, CLASS, CALC, SIM }

    private final CurveDraft d = new CurveDraft();
    private Block block = Block.TOP;
    private String className;
    private String calcArgument;

    private PeakScriptTranslator() {
    }

    /**
     * Translates a script.
     *
     * @param script the script text
     * @return the curve model; {@link CurveDraft#followsPattern()} says whether the script is one
     */
    static CurveDraft translate(String script) {
        PeakScriptTranslator t = new PeakScriptTranslator();
        String[] lines = script.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int first = i;
            StringBuilder logical = new StringBuilder(lines[i]);
            // Python continues a statement while brackets are open, as Sim's parenthesised sum does.
            while (depth(logical) > 0 && i + 1 < lines.length) {
                logical.append(' ').append(lines[++i].strip());
            }
            t.line(first + 1, logical.toString());
        }
        t.d.collectComponents();
        return t.d;
    }

    private static int depth(CharSequence s) {
        int depth = 0;
        for (int i = 0; i < s.length() && s.charAt(i) != '#'; i++) {
            char c = s.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
        }
        return depth;
    }

    private void line(int n, String raw) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        if (!Character.isWhitespace(raw.charAt(0))) {
            block = Block.TOP;
        }
        String reason = switch (block) {
            case TOP -> topLine(line);
            case CLASS, CALC -> classLine(line);
            case SIM -> simLine(n, line);
        };
        if (reason != null) {
            d.untranslated(n, raw, reason);
        }
    }

    private String topLine(String line) {
        Matcher x;
        if (HARMLESS_IMPORT.matcher(line).matches() || GUI_LABEL.matcher(line).matches() || line.equals("@dataclass")) {
            return null;
        }
        if ((x = CLASS.matcher(line)).matches()) {
            block = Block.CLASS;
            className = x.group(1);
            d.classes.put(className, new CurveDraft.PeakClass(null, new LinkedHashMap<>()));
            return null;
        }
        if (line.equals("def Sim(data):")) {
            block = Block.SIM;
            return null;
        }
        if ((x = USER_VARS.matcher(line)).matches()) {
            d.userVarsName = x.group(1);
            return null;
        }
        if ((x = NEW_VAR.matcher(line)).matches() && x.group(1).equals(d.userVarsName)) {
            ScriptValue q = PyExpr.constant(x.group(4));
            if (q == null) {
                return "the start value is not a number";
            }
            d.variables.put(x.group(3), q);
            return null;
        }
        if ((x = INSTANCE.matcher(line)).matches() && d.classes.containsKey(x.group(2))) {
            return instance(x.group(1), x.group(2), x.group(3));
        }
        return "not part of the peak-fitting pattern";
    }

    private String classLine(String line) {
        Matcher x;
        CurveDraft.PeakClass c = d.classes.get(className);
        if (block == Block.CLASS && (x = ATTRIBUTE.matcher(line)).matches()) {
            ScriptValue q = PyExpr.constant(x.group(2));
            if (q == null) {
                return "the default is not a number";
            }
            c.defaults().put(x.group(1), q);
            return null;
        }
        if ((x = CALC.matcher(line)).matches()) {
            block = Block.CALC;
            calcArgument = x.group(1);
            return null;
        }
        if (block == Block.CALC && (x = RETURN.matcher(line)).matches()) {
            PeakShape shape = PeakShape.of(x.group(1), calcArgument);
            if (shape == null || !c.defaults().keySet().containsAll(shape.params().values())) {
                return "calc returns no peak shape evofit has: a gaussian, lorentzian, pseudo-voigt (height, center, fwhm, "
                        + "Lorentzian fraction eta) or voigt whose every parameter is one of the class's attributes";
            }
            d.classes.put(className, new CurveDraft.PeakClass(shape, c.defaults()));
            return null;
        }
        return "not part of a peak class";
    }

    private String instance(String name, String cls, String args) {
        CurveDraft.PeakClass c = d.classes.get(cls);
        Map<String, String> kw = PythonCall.keywords(args);
        if (c.shape() == null) {
            return "an instance of " + cls + ", whose calc evofit did not translate";
        }
        if (kw == null) {
            return "expected keyword arguments only";
        }
        Map<String, ScriptValue> values = new LinkedHashMap<>(c.defaults());
        for (Map.Entry<String, String> a : kw.entrySet()) {
            ScriptValue q = PyExpr.constant(a.getValue());
            if (!values.containsKey(a.getKey()) || q == null) {
                return "argument '" + a.getKey() + "' is not a numeric attribute of " + cls;
            }
            values.put(a.getKey(), q);
        }
        Map<String, ScriptValue> params = new LinkedHashMap<>();
        c.shape().params().forEach((param, attribute) -> params.put(param, values.get(attribute)));
        d.instances.put(name, new CurveDraft.Component(name, c.shape().kind(), params));
        d.instanceClass.put(name, cls);
        return null;
    }

    private String simLine(int n, String line) {
        Matcher x;
        if (SLEEP.matcher(line).matches()) {
            return null;        // GenX's example slows its GUI's animation; the curve is the same
        }
        if ((x = SETTER.matcher(line)).matches() && d.instances.containsKey(x.group(1))) {
            return PeakCoupling.read(d, n, x.group(1), x.group(2), x.group(3));
        }
        if (d.sumVariable != null && line.replace(" ", "").equals("return[" + d.sumVariable + "]")) {
            d.returnsSum = true;
            return null;
        }
        if ((x = ASSIGN.matcher(line)).matches() && d.sumVariable == null) {
            List<String> terms = terms(x.group(2));
            if (terms == null) {
                return "expected a sum of instance.calc(data[0].x) terms and user variables";
            }
            d.sumVariable = x.group(1);
            d.sum.addAll(terms);
            return null;
        }
        return "not part of the peak-fitting pattern";
    }

    /** The names a sum adds, each once; null when the text is anything but such a sum. */
    private List<String> terms(String sum) {
        // With only + between terms, grouping parentheses do not change the value and can go.
        String e = CALC_TERM.matcher(sum.replaceAll("\\s+", "")).replaceAll("@$1").replace("(", "").replace(")", "");
        if (!e.matches("[@\\w.+]+")) {
            return null;
        }
        List<String> out = new java.util.ArrayList<>();
        for (String t : e.split("\\+", -1)) {
            String name = t.startsWith("@") && d.instances.containsKey(t.substring(1)) ? t.substring(1)
                    : d.userVarsName != null && t.startsWith(d.userVarsName + ".") ? t.substring(d.userVarsName.length() + 1)
                    : null;
            boolean known = name != null && (d.instances.containsKey(name) && t.startsWith("@") || d.variables.containsKey(name));
            if (!known || out.contains(name)) {
                return null;
            }
            out.add(name);
        }
        return out;
    }
}
