package org.evofit.server.run;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.evofit.core.fit.OptimizerSettings;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.server.ServiceException;

/**
 * What a start form (or its JSON twin) asks for: the model, the data files, fit or sweep, the optimizer
 * settings to override, the figure of merit and, for a sweep, where the sequence values come from. The
 * same names in the form and in JSON: {@code model}, {@code data} (repeated, or a JSON list; for a model of
 * several data sets a JSON object of files by data set name, on the form a chooser per data set:
 * {@link DataSetChoices}), {@code kind},
 * any key of a model file's {@code optimizer:} ({@link OptimizerSettings}: {@code generations},
 * {@code population}, {@code strategy}, {@code seed}, {@code restarts}, ...), {@code fom}, {@code valueFrom}
 * ({@code regex}, {@code ort} or {@code list}), {@code pattern}, {@code values} (a comma-separated string
 * or a JSON list), {@code keepFromLast}, and {@code mcmc} with {@code walkers}, {@code steps}, {@code burn}
 * and {@code thin} ({@link SampleRequest}). JSON with any other key is refused, so a misspelt setting is
 * not silently ignored.
 *
 * @param data     the data files in order (each replaces the model's first data set), or empty
 * @param dataSets the files by data set name, or empty: never both (for neither, see {@link Starts})
 * @param fom      the figure of merit to fit with instead of the model's, or null
 * @param sample   the posterior sampling after the fit, or null for none
 */
record StartRequest(String model, List<String> data, Map<String, List<String>> dataSets, String kind, Map<String, String> settings, String fom,
                    SequenceRule sequence, SampleRequest sample) {

    /** The optimizer settings the start form shows; the API accepts every key of {@link OptimizerSettings}. */
    static final List<String> FORM_SETTINGS = List.of("generations", "population", "strategy", "seed", "km", "kr",
            "restarts");

    private static final Set<String> REQUEST_KEYS = Set.of("model", "data", "kind", "fom", "valueFrom", "pattern",
            "values", "keepFromLast", SampleRequest.MCMC, "walkers", "steps", "burn", "thin");

    // Written into the sweep file as they are: numbers and strategy names only.
    private static final Pattern SETTING_VALUE = Pattern.compile("[A-Za-z0-9_.+-]{1,40}");

    static StartRequest from(Context ctx) {
        Map<String, Object> json = json(ctx);
        Map<String, List<String>> params = json == null ? ctx.formParamMap() : params(json);
        String fom = one(params, "fom") == null || one(params, "fom").isBlank() ? null : one(params, "fom").trim();
        if (fom != null && !FiguresOfMerit.names().contains(fom)) {
            throw ServiceException.badInput("fom: unknown figure of merit '" + fom + "'; expected one of "
                    + String.join(", ", FiguresOfMerit.names()), null);
        }
        String model = one(params, "model");
        if (model == null || model.isBlank()) {
            throw ServiceException.badInput("no model chosen: expected model=models/NAME", null);
        }
        List<String> data = params.getOrDefault("data", List.of()).stream().filter(d -> !d.isBlank()).toList();
        Map<String, List<String>> dataSets = json == null ? DataSetChoices.ofForm(params, model)
                : json.get("data") instanceof Map<?, ?> byName ? DataSetChoices.ofJson(byName) : Map.of();
        if (!data.isEmpty() && !dataSets.isEmpty()) {
            throw ServiceException.badInput("data: chose files for data sets (" + String.join(", ", dataSets.keySet())
                    + ") and a data list (" + String.join(", ", data) + "); expected one or the other", null);
        }
        int files = dataSets.isEmpty() ? data.size() : DataSetChoices.runs(dataSets);
        String kind = one(params, "kind") == null ? (files > 1 ? Submission.SWEEP : Submission.FIT) : one(params, "kind");
        if (!Submission.FIT.equals(kind) && !Submission.SWEEP.equals(kind)) {
            throw ServiceException.badInput("kind must be fit or sweep, got " + kind, null);
        }
        if (Submission.FIT.equals(kind) && data.size() > 1) {
            throw ServiceException.badInput("a fit takes one data file, got " + data.size() + "; start a sweep for several", null);
        }
        if (Submission.SWEEP.equals(kind) && files == 0) {
            throw ServiceException.badInput("no data file chosen: a sweep takes data=data/NAME repeated, or files for"
                    + " each data set of its model", null);
        }
        DataSetChoices.checkCounts(dataSets, kind);
        Map<String, String> settings = new TreeMap<>();
        for (String key : OptimizerSettings.keys()) {
            String v = one(params, key);
            if (v != null && !v.isBlank()) {
                if (!SETTING_VALUE.matcher(v.trim()).matches()) {
                    throw ServiceException.badInput(key + ": '" + v + "' is not a setting value (a number or a strategy name)", null);
                }
                settings.put(key, v.trim());
            }
        }
        SequenceRule sequence = !Submission.SWEEP.equals(kind) ? null
                : dataSets.isEmpty() ? sequence(params, data.size()) : noSequence(params);
        return new StartRequest(model, data, dataSets, kind, settings, fom, sequence, SampleRequest.from(params));
    }

    /** A sweep of files per data set has no sequence values: its runs are the lists' positions. */
    private static SequenceRule noSequence(Map<String, List<String>> params) {
        for (String key : List.of("pattern", "values")) {
            if (one(params, key) != null && !one(params, key).isBlank()) {
                throw ServiceException.badInput(key + ": a sweep of files per data set takes no sequence values; run k"
                        + " reads file k of every data set's list, as a sweep file's data: by data set name does", null);
            }
        }
        return null;
    }

    private static SequenceRule sequence(Map<String, List<String>> params, int files) {
        String from = one(params, "valueFrom") == null ? "regex" : one(params, "valueFrom");
        boolean keep = !"false".equals(one(params, "keepFromLast"));
        String pattern = one(params, "pattern");
        switch (from) {
            case "regex", "ort" -> {
                if (pattern == null || pattern.isBlank()) {
                    throw ServiceException.badInput("a sweep with valueFrom=" + from + " needs pattern= (" + ("regex".equals(from)
                            ? "a regular expression on file names whose first group is the value)" : "the ORSO header path of the value)"), null);
                }
                return new SequenceRule(from, pattern, List.of(), keep);
            }
            case "list" -> {
                List<Double> values = new ArrayList<>();
                // A JSON list arrives as one entry per value, a form or a JSON string as one comma-separated entry.
                String text = String.join(",", params.getOrDefault("values", List.of()));
                for (String v : text.split("[,\\s]+")) {
                    if (!v.isBlank()) {
                        try {
                            values.add(Double.parseDouble(v));
                        } catch (NumberFormatException e) {
                            throw ServiceException.badInput("values: '" + v + "' is not a number", null);
                        }
                    }
                }
                if (values.size() != files) {
                    throw ServiceException.badInput("values: " + values.size() + " values for " + files
                            + " data files; expected one per file, in order", null);
                }
                return new SequenceRule(from, null, values, keep);
            }
            default -> throw ServiceException.badInput("valueFrom must be regex, ort or list, got " + from, null);
        }
    }

    /** The JSON body of a JSON start, or null for a form. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Context ctx) {
        if (ctx.contentType() == null || !ctx.contentType().startsWith("application/json")) {
            return null;
        }
        return (Map<String, Object>) ctx.bodyAsClass(Map.class);
    }

    /** A JSON body's values as the form has them: a list's items, or the one value; {@code data} by name left out. */
    private static Map<String, List<String>> params(Map<String, Object> json) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : json.entrySet()) {
            if (!REQUEST_KEYS.contains(e.getKey()) && !OptimizerSettings.keys().contains(e.getKey())) {
                throw ServiceException.badInput("unknown key '" + e.getKey() + "'; a start takes " + String.join(", ",
                        REQUEST_KEYS.stream().sorted().toList()) + " and the optimizer settings "
                        + String.join(", ", OptimizerSettings.keys()), null);
            }
            Object v = e.getValue();
            List<String> values = new ArrayList<>();
            if (v instanceof List<?> list) {
                list.forEach(x -> values.add(String.valueOf(x)));
            } else if (v != null && !("data".equals(e.getKey()) && v instanceof Map<?, ?>)) {
                values.add(String.valueOf(v));
            }
            out.put(e.getKey(), values);
        }
        return out;
    }

    static String one(Map<String, List<String>> params, String key) {
        List<String> v = params.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
