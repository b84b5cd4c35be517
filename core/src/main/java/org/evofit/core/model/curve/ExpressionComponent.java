package org.evofit.core.model.curve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.evofit.core.expr.CompiledFunction;
import org.evofit.core.expr.ExpressionCompiler;

/**
 * A curve component whose shape the user writes as an expression of {@code x}, for example
 * {@code amp * exp(-x / tau)}. The component's own parameters are written by their short names
 * and read from the slots the component holds them in; any other name is read from the slot of
 * that name, resolved once when the component is compiled, so a shape may share, say, a background
 * level with other components.
 */
public final class ExpressionComponent implements CurveComponent {

    /** The free argument of every component shape. */
    private static final String VARIABLE = "x";

    private final String name;
    private final String source;
    private final CompiledFunction shape;

    private ExpressionComponent(String name, String source, CompiledFunction shape) {
        this.name = name;
        this.source = source;
        this.shape = shape;
    }

    /**
     * Compiles a component's shape.
     *
     * @param componentName   the component's name, for messages
     * @param source          the expression of {@code x}
     * @param localParameters the component's own parameter names; {@code k} reads the slot given for
     *                        it in {@code localSlots} and takes precedence over a global {@code k}
     * @param localSlots      the slot of each own parameter, in the order of {@code localParameters}
     * @param namedSlot       slot of any other name the expression reads (other components'
     *                        parameters, user variables); negative when unknown
     * @return the component
     * @throws org.evofit.core.expr.ExpressionException on an error in the expression, with its
     *                                                  offset into {@code source}
     * @throws IllegalArgumentException when a local parameter is called {@code x}, is listed twice,
     *                                  is not a name, or has no slot
     */
    public static ExpressionComponent create(String componentName, String source, List<String> localParameters,
                                             int[] localSlots, ToIntFunction<String> namedSlot) {
        Objects.requireNonNull(componentName, "componentName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(namedSlot, "namedSlot");
        if (localSlots.length != localParameters.size()) {
            throw new IllegalArgumentException("component " + componentName + ": " + localParameters.size()
                    + " parameters but " + localSlots.length + " slots");
        }
        Map<String, Integer> locals = new HashMap<>();
        for (int i = 0; i < localSlots.length; i++) {
            checkLocal(componentName, localParameters.get(i), localSlots[i], locals);
        }
        ToIntFunction<String> scoped = identifier -> locals.containsKey(identifier)
                ? locals.get(identifier)
                : namedSlot.applyAsInt(identifier);
        return new ExpressionComponent(componentName, source,
                ExpressionCompiler.compileFunction(source, VARIABLE, scoped));
    }

    @Override
    public void addTo(double[] values, double[] x, double[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] += shape.evaluate(x[i], values);
        }
    }

    @Override
    public String toString() {
        return name + ": " + source;
    }

    private static void checkLocal(String componentName, String local, int slot, Map<String, Integer> locals) {
        String where = "component " + componentName + ": ";
        if (local == null || !ExpressionCompiler.isName(local)) {
            throw new IllegalArgumentException(where + "invalid parameter name '" + local + "'");
        }
        if (local.equals(VARIABLE)) {
            throw new IllegalArgumentException(where + "a parameter cannot be called '" + VARIABLE
                    + "', which is the curve's variable");
        }
        if (locals.putIfAbsent(local, slot) != null) {
            throw new IllegalArgumentException(where + "parameter '" + local + "' is listed twice");
        }
        if (slot < 0) {
            throw new IllegalArgumentException(where + "no slot for parameter '" + local + "'");
        }
    }
}
