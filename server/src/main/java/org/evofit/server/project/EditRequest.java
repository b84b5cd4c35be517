package org.evofit.server.project;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.server.ServiceException;

/**
 * A model edit as the edit form sends it ({@code file}, {@code fom}, {@code value.P}, {@code min.P},
 * {@code max.P}, {@code fit.P}), read from the form or from JSON. JSON takes the same flat keys or, more
 * naturally, {@code {"file": ..., "fom": ..., "parameters": {"P": {"value": .., "min": .., "max": .., "fit": ..}}}};
 * a {@code null} bound is no bound. Only the fields given change the model.
 */
final class EditRequest {

    /** The per-parameter fields, each sent as {@code FIELD.PARAMETER}. */
    static final List<String> PARAMETER_FIELDS = List.of("value", "min", "max", "fit");

    private EditRequest() {
    }

    /** The edit's fields by the form's names. */
    static Map<String, List<String>> from(Context ctx) {
        if (ctx.contentType() == null || !ctx.contentType().startsWith("application/json")) {
            return ctx.formParamMap();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<?, ?> body = ctx.bodyAsClass(Map.class);
        for (Map.Entry<?, ?> e : body.entrySet()) {
            String key = String.valueOf(e.getKey());
            if ("parameters".equals(key)) {
                parameters(e.getValue(), out);
            } else {
                out.put(key, List.of(text(e.getValue())));
            }
        }
        return out;
    }

    private static void parameters(Object value, Map<String, List<String>> out) {
        if (!(value instanceof Map<?, ?> parameters)) {
            throw ServiceException.badInput("parameters: expected an object of parameter names, each with value, min, "
                    + "max and fit to change", null);
        }
        for (Map.Entry<?, ?> p : parameters.entrySet()) {
            if (!(p.getValue() instanceof Map<?, ?> fields)) {
                throw ServiceException.badInput("parameters." + p.getKey() + ": expected an object with value, min, max "
                        + "or fit", null);
            }
            for (Map.Entry<?, ?> f : fields.entrySet()) {
                if (!PARAMETER_FIELDS.contains(String.valueOf(f.getKey()))) {
                    throw ServiceException.badInput("parameters." + p.getKey() + "." + f.getKey() + ": expected value, "
                            + "min, max or fit", null);
                }
                out.put(f.getKey() + "." + p.getKey(), new ArrayList<>(List.of(text(f.getValue()))));
            }
        }
    }

    // JSON null (no bound) is the form's empty field.
    private static String text(Object v) {
        return v == null ? "" : String.valueOf(v);
    }
}
