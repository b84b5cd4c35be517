package org.evofit.core.model.curve;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Builds the component of kind {@code expression}: a user formula of x. The formula compiler lives
 * in {@code ExpressionComponent}; {@link CurveComponents} reaches it only through this interface, so
 * that the dispatch can be tested with a stand-in.
 */
@FunctionalInterface
interface ExpressionComponentFactory {

    /**
     * A component evaluating {@code source} at every x.
     *
     * @param componentName   the component's name
     * @param source          the expression of x
     * @param localParameters the expression's own parameter names
     * @param localSlots      the slot of each own parameter, in the same order
     * @param namedSlot       slot of any other name the expression reads; negative when unknown
     */
    CurveComponent create(String componentName, String source, List<String> localParameters,
                          int[] localSlots, ToIntFunction<String> namedSlot);
}
