package org.evofit.wrapper.genx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evofit.core.expr.CompiledFunction;
import org.evofit.core.expr.ExpressionCompiler;
import org.evofit.core.model.curve.ComponentSpec;
import org.evofit.core.model.curve.CurveComponent;
import org.evofit.core.model.curve.CurveComponents;
import org.evofit.core.param.Parameter;

/**
 * Recognises a peak class's calc expression by what it computes rather than how it is spelled: the
 * expression, read as arithmetic of calc's argument and the class's {@code self.} attributes, must
 * equal one of evofit's peak components (Gaussian, Lorentzian, pseudo-Voigt) for some assignment of
 * the attributes to the component's parameters, at points spread over the peak for several sets of
 * values. So {@code self.eta/(1 + ((x - self.x0)/(self.fwhm/2))**2) + ...} and the same peak with its
 * terms reordered, its constants written otherwise or its width squared differently are all the
 * pseudo-Voigt they compute; a peak whose parameters are not the component's (a half width where the
 * component has a full width) is not recognised.
 */
final class PeakByValues {

    private static final List<String> KINDS = List.of("gaussian", "lorentzian", "pseudo-voigt");
    /** Relative agreement demanded at every point: far above rounding, far below any other shape. */
    private static final double TOLERANCE = 1e-9;
    private static final int DRAWS = 3;

    private PeakByValues() {
    }

    /**
     * The shape {@code expression} computes, or null.
     *
     * @param expression the text after calc's {@code return}, in Python
     * @param x          the name of calc's argument
     */
    static PeakShape of(String expression, String x) {
        String source = expression.strip().replaceAll("\\b(?:np|numpy|math)\\.(?=[a-z])", "");
        List<String> attributes = new ArrayList<>();
        CompiledFunction f;
        try {
            for (String name : ExpressionCompiler.names(source)) {
                if (name.startsWith("self.") && name.indexOf('.', 5) < 0) {
                    attributes.add(name);
                } else if (!name.equals(x)) {
                    return null;
                }
            }
            f = ExpressionCompiler.compileFunction(source, x, attributes::indexOf);
        } catch (IllegalArgumentException notArithmetic) {
            return null;
        }
        for (String kind : KINDS) {
            List<String> params = parameterNames(kind);
            if (params.size() == attributes.size()) {
                for (int[] order : permutations(params.size())) {
                    if (agrees(f, kind, order)) {
                        Map<String, String> map = new LinkedHashMap<>();
                        for (int i = 0; i < order.length; i++) {
                            map.put(params.get(i), attributes.get(order[i]).substring(5));
                        }
                        return new PeakShape(kind, map);
                    }
                }
            }
        }
        return null;
    }

    /** Whether f, with attribute order[i] holding parameter i, equals the component everywhere tried. */
    private static boolean agrees(CompiledFunction f, String kind, int[] order) {
        int n = order.length;
        CurveComponent component = CurveComponents.create(ComponentSpec.of(kind, "p"), identity(n), name -> -1);
        SplittableRandom random = new SplittableRandom(15);
        for (int draw = 0; draw < DRAWS; draw++) {
            // height, center, width, and for the pseudo-Voigt a Lorentzian fraction strictly inside (0, 1)
            double[] values = {0.5 + random.nextDouble() * 2, random.nextDouble() * 2 - 1,
                    0.3 + random.nextDouble() * 1.2, 0.1 + random.nextDouble() * 0.8};
            double[] parameters = java.util.Arrays.copyOf(values, n);
            double[] slots = new double[n];
            for (int i = 0; i < n; i++) {
                slots[order[i]] = parameters[i];
            }
            double[] xs = new double[13];
            for (int k = 0; k < xs.length; k++) {
                xs[k] = values[1] + (k - 6) * 0.7 * values[2];
            }
            double[] expected = new double[xs.length];
            component.addTo(parameters, xs, expected);
            for (int k = 0; k < xs.length; k++) {
                double got = f.evaluate(xs[k], slots);
                if (!(Math.abs(got - expected[k]) <= TOLERANCE * Math.abs(expected[k]))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> parameterNames(String kind) {
        return CurveComponents.defaultParameters(ComponentSpec.of(kind, "p")).stream()
                .map(Parameter::name).map(name -> name.substring(2)).toList();
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** Every order of 0..n-1 (n is at most 4 here, so at most 24). */
    private static List<int[]> permutations(int n) {
        List<int[]> out = new ArrayList<>();
        permute(identity(n), 0, out);
        return out;
    }

    private static void permute(int[] a, int from, List<int[]> out) {
        if (from == a.length) {
            out.add(a.clone());
            return;
        }
        for (int i = from; i < a.length; i++) {
            int t = a[from];
            a[from] = a[i];
            a[i] = t;
            permute(a, from + 1, out);
            a[i] = a[from];
            a[from] = t;
        }
    }
}
