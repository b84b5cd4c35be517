package org.evofit.wrapper.script;

import java.util.function.ToIntFunction;
import org.evofit.core.data.DataSet;
import org.evofit.core.model.Model;
import org.evofit.core.model.ModelEvaluator;

/**
 * The core model of a script: each evaluator (one per thread) owns a fresh script instance, defined
 * again against the problem's slots, so the script's fields are that thread's scratch memory. A
 * failure of the script's code while simulating, an Error such as a stack overflow included, becomes a
 * {@link ScriptRunException} at the script's line.
 */
final class ScriptModel implements Model {

    private final Class<? extends ModelScript> type;
    private final ToIntFunction<String> slotOf;
    private final String file;

    ScriptModel(Class<? extends ModelScript> type, ToIntFunction<String> slotOf, String file) {
        this.type = type;
        this.slotOf = slotOf;
        this.file = file;
    }

    @Override
    public ModelEvaluator newEvaluator() {
        ModelScript script = ScriptModels.instantiate(type);
        script.define(ScriptContext.replaying(slotOf));
        Values values = new Values(slotOf);
        return (double[] current, int dataSetIndex, DataSet data, double[] out) -> {
            values.point(current);
            try {
                script.simulate(values, dataSetIndex, data, out);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new ScriptRunException(file, ScriptModels.lineIn(type, e),
                        "the script's simulate failed: " + ScriptModels.describe(e), e);
            }
        };
    }
}
