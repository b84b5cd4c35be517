package org.evofit.wrapper.modelfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.expr.ExpressionCompiler;
import org.evofit.core.param.Parameter;

/**
 * The parameters of the model being written, by name, and how each is spelled: as {@link YamlScalars}
 * spells it, with its value given as the text a writer recorded when that text reads back as exactly
 * the same number.
 */
final class ParameterText {

    private final Map<String, Parameter> byName = new LinkedHashMap<>();
    private final Map<String, String> valueTexts;

    ParameterText(List<Parameter> parameters, Map<String, String> valueTexts) {
        parameters.forEach(p -> byName.put(p.name(), p));
        this.valueTexts = valueTexts;
    }

    /** Every parameter by name, in the problem's order. */
    Map<String, Parameter> byName() {
        return byName;
    }

    /** The parameter of that name, or null. */
    Parameter get(String name) {
        return byName.get(name);
    }

    /** The parameter of that name as the model file writes it. */
    String spell(String name) {
        return spell(byName.get(name));
    }

    /** A parameter as the model file writes it. */
    String spell(Parameter p) {
        String text = valueTexts.get(p.name());
        if (text != null && Double.compare(valueOf(text), p.value()) == 0) {
            return YamlScalars.parameter(YamlScalars.value(text), p.fit(), p.min(), p.max());
        }
        return YamlScalars.parameter(p);
    }

    /** What the reader makes of the text (NaN when it is no constant expression). */
    private static double valueOf(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException expression) {
            // not a number literal: a constant expression, as the reader evaluates it
        }
        try {
            return ExpressionCompiler.compile(text, n -> -1).evaluate(new double[0]);
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }
}
