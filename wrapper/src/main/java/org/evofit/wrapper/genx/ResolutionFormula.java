package org.evofit.wrapper.genx;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.core.refl.instrument.GenxResolution;

/**
 * A resolution width given in Sim as an expression of the data's x and of parameters,
 * {@code inst.setRes(sqrt((cp.dlol*d.x)**2 + cp.dth**2))}: GenX hands the array it gives to its
 * varying and full modes point by point; evofit's model file says the same with the resolution's
 * {@code expression:} ({@code sqrt((dlol*x)^2 + dth^2)}).
 */
final class ResolutionFormula {

    /** {@code data[0].x} or {@code d.x}: the data's x, as the expression reads it. */
    private static final Pattern DATA_X = Pattern.compile("(?<![\\w.])(?:data\\[(\\d+)]|([A-Za-z_]\\w*))\\.x(?!\\w)");
    /** numpy's functions, which evofit's expressions name without the module. */
    private static final Pattern NUMPY = Pattern.compile("(?<![\\w.])(?:np|numpy)\\.(?=[a-z])");

    private ResolutionFormula() {
    }

    /** Whether {@code python} reads the x of a data set ({@code data[N].x} or a variable set to data[N]). */
    static boolean readsX(String python, Map<String, Integer> dataVariables) {
        Matcher x = DATA_X.matcher(python);
        while (x.find()) {
            if (x.group(1) != null || dataVariables.containsKey(x.group(2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records the expression as the model's resolution width per point.
     *
     * @return why the line has no evofit equivalent, or null
     */
    static String read(ModelDraft m, String python, Map<String, Integer> dataVariables) {
        GenxResolution mode = ResolutionColumn.mode(m);
        if (mode == GenxResolution.FAST) {
            return ResolutionColumn.FAST_TAKES_ONE_WIDTH;
        }
        StringBuilder withX = new StringBuilder();
        Matcher x = DATA_X.matcher(python);
        while (x.find()) {
            boolean data = x.group(1) != null || dataVariables.containsKey(x.group(2));
            x.appendReplacement(withX, Matcher.quoteReplacement(data ? "x" : x.group()));
        }
        x.appendTail(withX);
        String expression = PyExpr.expression(NUMPY.matcher(withX).replaceAll(""), m.userVarsName);
        if (expression == null) {
            return "the expression uses more than x, parameters, numbers, arithmetic and functions";
        }
        if (mode == GenxResolution.NONE) {
            return null;        // GenX does not smear without a resolution mode, whatever res holds
        }
        if (m.resolutionExpression != null && !m.resolutionExpression.equals(expression)) {
            return "a second resolution expression; evofit's model has one for every data set ("
                    + m.resolutionExpression + ")";
        }
        m.resolutionExpression = expression;
        return null;
    }
}
