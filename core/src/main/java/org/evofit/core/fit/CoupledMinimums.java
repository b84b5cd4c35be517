package org.evofit.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evofit.core.model.Model;
import org.evofit.core.model.ParameterizedModel;
import org.evofit.core.param.Couplings;
import org.evofit.core.param.Minimum;
import org.evofit.core.param.Parameter;

/**
 * The minimums ({@link Minimum}) of the parameters that couplings set. A start value or a bound below
 * its quantity's minimum is refused when the model is made, but a coupling's value exists only once it
 * is computed: {@code Film.d = Total - Other.d} can make a thickness of −3 Å, which is no sample. Such
 * a candidate is infeasible, as one with a non-finite value is (its figure of merit NaN, ranked below
 * every valid one), and a final result with one is an error naming the parameter and the coupling.
 * Immutable; {@link #allow} allocates nothing.
 */
final class CoupledMinimums {

    private final int[] slots;
    private final String[] names;
    private final Minimum[] minimums;
    private final String[] expressions;

    private CoupledMinimums(int[] slots, String[] names, Minimum[] minimums, String[] expressions) {
        this.slots = slots;
        this.names = names;
        this.minimums = minimums;
        this.expressions = expressions;
    }

    /** The minimums the model gives ({@link ParameterizedModel#minimums}) of the coupled parameters. */
    static CoupledMinimums of(List<Parameter> parameters, Couplings couplings, Model model) {
        Map<String, Minimum> all = model instanceof ParameterizedModel held ? held.minimums() : Map.of();
        List<Integer> slots = new ArrayList<>();
        for (int slot = 0; slot < parameters.size(); slot++) {
            String name = parameters.get(slot).name();
            if (couplings.expressionOf(name) != null && all.containsKey(name)) {
                slots.add(slot);
            }
        }
        int n = slots.size();
        CoupledMinimums out = new CoupledMinimums(new int[n], new String[n], new Minimum[n], new String[n]);
        for (int k = 0; k < n; k++) {
            String name = parameters.get(slots.get(k)).name();
            out.slots[k] = slots.get(k);
            out.names[k] = name;
            out.minimums[k] = all.get(name);
            out.expressions[k] = couplings.expressionOf(name);
        }
        return out;
    }

    /** Whether every coupled value in {@code values} is at least its minimum. */
    boolean allow(double[] values) {
        for (int k = 0; k < slots.length; k++) {
            if (!minimums[k].allows(values[slots[k]])) {
                return false;
            }
        }
        return true;
    }

    /** One message per coupled value below its minimum, naming the parameter, its layer and the coupling. */
    List<String> violations(double[] values) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < slots.length; k++) {
            double v = values[slots[k]];
            // A non-finite value is reported as such (Feasibility.requireFinite).
            if (Double.isFinite(v) && !minimums[k].allows(v)) {
                out.add(minimums[k].cannot(names[k]) + ", but the coupling " + names[k] + " = " + expressions[k]
                        + " makes it " + v);
            }
        }
        return out;
    }
}
