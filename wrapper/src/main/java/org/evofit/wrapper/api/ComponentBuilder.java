package org.evofit.wrapper.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.evofit.core.param.Parameter;

/**
 * The parameters of one component of a {@link CurveBuilder}, by their short names (a Gaussian's
 * {@code height}, {@code center}, {@code sigma}; a polynomial's {@code c0}, {@code c1}, ...). Each
 * takes a fixed value, or a start value with bounds, which marks it for fitting; a parameter not set
 * keeps the component's default start value, fixed. Which names exist is checked when the model is
 * built.
 */
public final class ComponentBuilder {

    /** What was set, by short name: the parameter made from its full name, which the component gives. */
    private final Map<String, Function<String, Parameter>> parameters = new LinkedHashMap<>();

    ComponentBuilder() {
    }

    /** A fixed parameter, such as {@code set("sigma", 0.2)}. */
    public ComponentBuilder set(String parameter, double value) {
        parameters.put(parameter, name -> Parameter.fixed(name, value));
        return this;
    }

    /** A fitted parameter between {@code min} and {@code max}, such as {@code set("center", 49.8, 49.5, 50.5)}. */
    public ComponentBuilder set(String parameter, double value, double min, double max) {
        parameters.put(parameter, name -> Parameter.fitted(name, value, min, max));
        return this;
    }

    /** What was set, by short name. */
    Map<String, Function<String, Parameter>> parameters() {
        return parameters;
    }
}
