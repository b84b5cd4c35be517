package org.evofit.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.evofit.looper.RunSpec;
import org.evofit.looper.SequenceAxis;

/**
 * A RunSpec as the JSON kept in the run store's {@code runs.spec}. Numbers are written in their
 * shortest round-trip form, so a spec read back is equal to the one written, bit for bit.
 */
public final class RunSpecJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunSpecJson() {
    }

    /** The spec as one line of JSON. */
    public static String format(RunSpec r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", r.id());
        n.put("model", r.model().toString());
        n.put("data", r.data() == null ? null : r.data().toString());
        if (!r.dataSets().isEmpty()) {
            // An object keeps the sweep's order of the data sets as written.
            ObjectNode sets = n.putObject("dataSets");
            r.dataSets().forEach((name, file) -> sets.put(name, file.toString()));
        }
        ObjectNode overrides = n.putObject("overrides");
        r.overrides().forEach(overrides::put);
        n.put("seed", r.seed());
        ObjectNode settings = n.putObject("settings");
        r.settings().forEach(settings::put);
        if (r.sequence() == null) {
            n.putNull("sequence");
        } else {
            n.put("sequence", r.sequence());
        }
        n.put("startFrom", r.startFrom());
        n.put("adjustBounds", r.adjustBounds());
        if (!r.sequenceAxis().isUnknown()) {
            n.put("sequenceLabel", r.sequenceAxis().label());
            n.put("sequenceUnit", r.sequenceAxis().unit());
        }
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot format run " + r.id(), e);
        }
    }

    /** The spec written by {@link #format}. */
    public static RunSpec parse(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            SortedMap<String, Double> overrides = new TreeMap<>();
            n.path("overrides").fields().forEachRemaining(e -> overrides.put(e.getKey(), e.getValue().asDouble()));
            Map<String, Path> dataSets = new LinkedHashMap<>();
            n.path("dataSets").fields().forEachRemaining(e -> dataSets.put(e.getKey(), Path.of(e.getValue().asText())));
            SortedMap<String, String> settings = new TreeMap<>();
            n.path("settings").fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
            return new RunSpec(n.path("id").asText(), Path.of(n.path("model").asText()),
                    n.path("data").isTextual() ? Path.of(n.path("data").asText()) : null, overrides,
                    n.path("seed").asLong(), settings,
                    n.path("sequence").isNumber() ? n.path("sequence").asDouble() : null,
                    n.path("startFrom").isTextual() ? n.path("startFrom").asText() : null,
                    n.path("adjustBounds").asBoolean(),
                    new SequenceAxis(text(n.path("sequenceLabel")), text(n.path("sequenceUnit"))), dataSets);
        } catch (JsonProcessingException e) {
            throw new StoreException("a run spec in the store is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }
}
