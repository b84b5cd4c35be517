package org.evofit.core.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.evofit.core.expr.CompiledExpression;
import org.evofit.core.expr.ExpressionCompiler;
import org.evofit.core.expr.ExpressionException;

/**
 * The couplings of a model, checked, compiled and put in dependency order, ready to be applied to
 * the parameter values before every simulation. Immutable and thread-safe; {@link #apply} allocates
 * nothing.
 */
public final class Couplings {

    private final CompiledExpression[] expressions;
    private final int[] targetSlots;
    /** Each coupling's expression as written, by its target, in declaration order. */
    private final Map<String, String> written;

    private Couplings(CompiledExpression[] expressions, int[] targetSlots, Map<String, String> written) {
        this.expressions = expressions;
        this.targetSlots = targetSlots;
        this.written = written;
    }

    /**
     * Resolves couplings against a slot layout.
     *
     * @param couplings the couplings in the order they were declared
     * @param slotNames the name of every slot; the slot of a name is its index here
     * @return the couplings, compiled and ordered so that a coupling reading another's target runs
     *         after it
     * @throws CouplingException for an unknown target, an unknown name or other error in an
     *                           expression, a target assigned by two couplings, or a cycle
     * @throws IllegalArgumentException when {@code slotNames} contains a name twice
     */
    public static Couplings resolve(List<Coupling> couplings, List<String> slotNames) {
        Map<String, Integer> slots = slotIndex(slotNames);
        ToIntFunction<String> slotOf = name -> slots.getOrDefault(name, -1);
        int n = couplings.size();
        Map<String, Integer> couplingOfTarget = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Coupling c = Objects.requireNonNull(couplings.get(i), "coupling");
            if (!slots.containsKey(c.target())) {
                throw new CouplingException("unknown target '" + c.target() + "'", i, c.targetOffset(), null);
            }
            if (couplingOfTarget.putIfAbsent(c.target(), i) != null) {
                throw new CouplingException("'" + c.target() + "' is assigned by more than one coupling",
                        i, c.targetOffset(), null);
            }
        }

        CompiledExpression[] compiled = new CompiledExpression[n];
        List<int[]> dependencies = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Coupling c = couplings.get(i);
            try {
                compiled[i] = ExpressionCompiler.compile(c.expression(), slotOf);
            } catch (ExpressionException e) {
                throw new CouplingException(e.getMessage(), i, c.expressionOffset() + e.position(), e);
            }
            dependencies.add(ExpressionCompiler.names(c.expression(), slotOf).stream()
                    .filter(couplingOfTarget::containsKey)
                    .mapToInt(couplingOfTarget::get)
                    .toArray());
        }

        int[] order = CouplingOrder.of(couplings, dependencies);
        CompiledExpression[] expressions = new CompiledExpression[n];
        int[] targetSlots = new int[n];
        Map<String, String> written = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            expressions[k] = compiled[order[k]];
            targetSlots[k] = slots.get(couplings.get(order[k]).target());
        }
        for (Coupling c : couplings) {
            written.put(c.target(), c.expression());
        }
        return new Couplings(expressions, targetSlots, Collections.unmodifiableMap(written));
    }

    /**
     * Evaluates every coupling in dependency order, writing each result into its target's slot, so
     * that later couplings see the values earlier ones wrote.
     */
    public void apply(double[] values) {
        for (int k = 0; k < expressions.length; k++) {
            values[targetSlots[k]] = expressions[k].evaluate(values);
        }
    }

    /** The names of the parameters the couplings set, in declaration order. */
    public Set<String> targets() {
        return written.keySet();
    }

    /** The expression, as written, of the coupling that sets {@code target}; {@code null} for none. */
    public String expressionOf(String target) {
        return written.get(target);
    }

    private static Map<String, Integer> slotIndex(List<String> slotNames) {
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < slotNames.size(); i++) {
            if (slots.putIfAbsent(slotNames.get(i), i) != null) {
                throw new IllegalArgumentException("slot name '" + slotNames.get(i) + "' appears twice");
            }
        }
        return slots;
    }
}
