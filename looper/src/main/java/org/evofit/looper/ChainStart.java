package org.evofit.looper;

import com.fasterxml.jackson.databind.JsonNode;
import org.evofit.core.param.Minimum;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.model.ModelDefinition;

/**
 * Starts a chained run where the previous one ended, as GenX's batch fit does: every parameter the
 * model fits takes the value the previous run's {@code result.json} reports for it. With bounds
 * adjusted, its {@code [min, max]} is moved to be centred on that value, keeping its width, so a
 * parameter that drifts along a sequence is never pinned against a bound it has outgrown; but never
 * below the least value its quantity can take (a thickness's 0), where the min stops instead.
 *
 * <p>GenX only puts the previous result into the population as one member; evofit also draws the rest
 * of the initial population around it (within a tenth of each bound width, unless the model sets its
 * own {@code startSpread}), which is what makes a chained fit converge in fewer generations.
 */
final class ChainStart {

    /** Fraction of each bound width the initial population spans around the previous result. */
    static final double START_SPREAD = 0.1;

    private ChainStart() {
    }

    /**
     * The model started from {@code previous}'s fitted values.
     *
     * @param previous     the previous run's parsed result.json
     * @param adjustBounds whether to re-centre each fitted parameter's bounds on its new value
     * @throws IllegalArgumentException when a value lies outside the model's bounds (only possible
     *                                  without adjusted bounds, if the model file changed), or when the
     *                                  previous value itself is below a quantity's minimum
     */
    static ModelDefinition apply(ModelDefinition model, JsonNode previous, boolean adjustBounds) {
        ModelDefinition out = model;
        if (out.settings().de().startSpread() == 0) {
            out = out.withSettings(out.settings().withDe(out.settings().de().withStartSpread(START_SPREAD)));
        }
        for (JsonNode p : previous.path("parameters")) {
            String name = p.path("name").asText();
            int slot = out.problem().slotOf(name);
            // Only parameters fitted both then and now: fixed and coupled ones keep the model's values.
            if (slot < 0 || !p.path("fit").asBoolean() || !p.path("value").isNumber()) {
                continue;
            }
            Parameter current = out.problem().parameters().get(slot);
            if (!current.fit()) {
                continue;
            }
            double value = p.path("value").asDouble();
            if (adjustBounds) {
                Parameter moved = recentred(current, value, out.problem().minimumOf(name));
                try {
                    out = out.withProblem(out.problem().withParameter(moved));
                } catch (IllegalArgumentException e) {
                    // Such as a previous thickness below 0 (an edited result.json): refused as a model file would be.
                    throw new IllegalArgumentException("adjustBounds moved the bounds of " + name + " to ["
                            + moved.min() + ", " + moved.max() + "] around the previous run's value " + value + ": "
                            + e.getMessage() + "; expected narrower bounds in the model", e);
                }
            } else {
                out = out.withParameterValue(name, value);
            }
        }
        return out;
    }

    /**
     * The parameter with bounds of the same width centred on {@code value}, the value inside them; the
     * min no lower than {@code least} (when not {@code null}), which then narrows them.
     */
    static Parameter recentred(Parameter p, double value, Minimum least) {
        double half = (p.max() - p.min()) / 2;
        // A value itself below the minimum keeps its bounds, so that the parameter's check refuses it.
        boolean floored = least != null && value >= least.value();
        double min = floored ? Math.max(least.value(), value - half) : value - half;
        double max = value + half;
        // Rounding can leave the centre a hair outside; clamp so the record's invariant holds.
        double v = Math.min(max, Math.max(min, value));
        return new Parameter(p.name(), v, p.fit(), min, max);
    }
}
