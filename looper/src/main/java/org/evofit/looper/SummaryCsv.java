package org.evofit.looper;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.evofit.wrapper.results.ResultCsv;

/**
 * {@code summary.csv}: one row per run of the plan, read back from the run directories so that a
 * resumed sweep summarises old and new runs alike: {@code id,model,data,seed,status,fom} (with
 * {@code sequence} after {@code seed} when the sweep has a {@code sequence:}), then
 * {@code <parameter>,<parameter>.error} for every parameter of any run (first seen first), then
 * {@code message}. Status is {@code ok}, {@code failed} or {@code pending} (not run yet).
 */
public final class SummaryCsv {

    private SummaryCsv() {
    }

    /** The summary of {@code runs} as {@code store} holds them. */
    public static String format(List<RunSpec> runs, SweepDirectory store) {
        Map<String, JsonNode> results = new TreeMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (RunSpec r : runs) {
            store.result(r.id()).ifPresent(json -> {
                results.put(r.id(), json);
                json.path("parameters").forEach(p -> names.add(p.path("name").asText()));
            });
        }
        // Only sweeps with a sequence: get its column, so other summaries keep their layout.
        boolean sequence = runs.stream().anyMatch(r -> r.sequence() != null);
        StringBuilder sb = new StringBuilder(sequence ? "id,model,data,seed,sequence,status,fom"
                : "id,model,data,seed,status,fom");
        for (String name : names) {
            sb.append(',').append(ResultCsv.text(name)).append(',').append(ResultCsv.text(name + ".error"));
        }
        sb.append(",message\n");
        for (RunSpec r : runs) {
            JsonNode json = results.get(r.id());
            List<String> row = new ArrayList<>(List.of(r.id(), ResultCsv.text(r.model().toString()),
                    r.data() == null ? "" : ResultCsv.text(r.data().toString()), Long.toString(r.seed())));
            if (sequence) {
                row.add(r.sequence() == null ? "" : ResultCsv.number(r.sequence()));
            }
            Optional<String> error = store.error(r.id());
            if (json != null) {
                row.add("ok");
                row.add(number(json.path("fom")));
                for (String name : names) {
                    JsonNode p = parameter(json, name);
                    row.add(number(p.path("value")));
                    row.add(number(p.path("error")));
                }
                row.add("");
            } else {
                row.add(error.isPresent() ? "failed" : "pending");
                row.add("");
                for (int i = 0; i < names.size(); i++) {
                    row.add("");
                    row.add("");
                }
                row.add(ResultCsv.text(error.orElse("")));
            }
            sb.append(String.join(",", row)).append('\n');
        }
        return sb.toString();
    }

    private static JsonNode parameter(JsonNode result, String name) {
        for (JsonNode p : result.path("parameters")) {
            if (name.equals(p.path("name").asText())) {
                return p;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Numbers as result.json holds them (shortest round-trip form); null or absent: empty. */
    private static String number(JsonNode n) {
        return n.isNumber() ? ResultCsv.number(n.asDouble()) : "";
    }
}
