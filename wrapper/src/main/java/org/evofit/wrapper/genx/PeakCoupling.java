package org.evofit.wrapper.genx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.core.model.curve.DeclaredComponent;

/**
 * A peak's attribute set in Sim from custom parameters and other peaks' attributes,
 * {@code g1.setSigma(cp.sigma)} or {@code g4.setXc(g1.xc + 1.2)}: a coupling of the curve model
 * ({@code g1.sigma = sigma}, {@code g4.center = g1.center + 1.2}), each attribute named by the evofit
 * parameter its peak shape maps it to.
 */
final class PeakCoupling {

    private static final Pattern ATTRIBUTE = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)(?![\\w(])");
    private static final Pattern ARITHMETIC = Pattern.compile("[\\w.+\\-*/^() ]+");

    private PeakCoupling() {
    }

    /**
     * Records {@code instance.set<setter>(argument)} as a coupling.
     *
     * @return why the line has no evofit equivalent, or null
     */
    static String read(CurveDraft d, int line, String instance, String setter, String argument) {
        String target = parameter(d, instance, setter);
        if (target == null) {
            return "sets " + instance + "." + setter + ", which is no attribute of " + d.instanceClass.get(instance)
                    + " that evofit's " + d.instances.get(instance).kind() + " has";
        }
        StringBuilder out = new StringBuilder();
        Matcher x = ATTRIBUTE.matcher(argument.strip().replace("**", "^"));
        while (x.find()) {
            String name = x.group(1).equals(d.userVarsName) && d.variables.containsKey(x.group(2))
                    // A variable Sim adds to the curve is a constant component; its value is that parameter.
                    ? (d.sum.contains(x.group(2)) ? DeclaredComponent.parameterName(x.group(2), "value") : x.group(2))
                    : d.instances.containsKey(x.group(1)) ? attribute(d, x.group(1), x.group(2)) : null;
            if (name == null) {
                return "reads " + x.group() + ", which is neither a custom parameter (" + d.userVarsName
                        + ".name) nor an attribute of a peak that Sim adds";
            }
            x.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        x.appendTail(out);
        if (!ARITHMETIC.matcher(out).matches()) {
            return "the expression uses more than parameters, numbers, arithmetic and functions";
        }
        d.couplings.putIfAbsent(target + " = " + out, line);
        return null;
    }

    /** The evofit parameter of {@code instance.set<setter>}, or null. */
    private static String parameter(CurveDraft d, String instance, String setter) {
        CurveDraft.PeakClass c = d.classes.get(d.instanceClass.get(instance));
        String attribute = CurveParameterTable.uncapitalised(c.defaults(), setter);
        return attribute == null ? null : attribute(d, instance, attribute);
    }

    /** The evofit parameter holding {@code instance.attribute}, or null. */
    private static String attribute(CurveDraft d, String instance, String attribute) {
        String param = d.classes.get(d.instanceClass.get(instance)).shape().parameterOf(attribute);
        return param == null ? null : DeclaredComponent.parameterName(instance, param);
    }
}
