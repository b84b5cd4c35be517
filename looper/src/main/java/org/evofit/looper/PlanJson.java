package org.evofit.looper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** The expanded plan as {@code sweep.json}: every run's id and inputs, in run order. */
public final class PlanJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    /** The plan as sweep.json. */
    public static String format(List<RunSpec> runs) {
        ObjectNode root = JSON.createObjectNode();
        root.put("runCount", runs.size());
        var array = root.putArray("runs");
        for (RunSpec r : runs) {
            ObjectNode n = array.addObject();
            n.put("id", r.id());
            n.put("model", r.model().toString());
            n.put("data", r.data() == null ? null : r.data().toString());
            ObjectNode set = n.putObject("overrides");
            for (Map.Entry<String, Double> e : r.overrides().entrySet()) {
                set.put(e.getKey(), e.getValue());
            }
            n.put("seed", r.seed());
            if (r.sequence() != null) {
                n.put("sequence", r.sequence());
                n.put("startFrom", r.startFrom());
                n.put("adjustBounds", r.adjustBounds());
                // Read by the sweep report for its trend charts' x axis; absent when nothing names the values.
                if (r.sequenceAxis().label() != null) {
                    n.put("sequenceLabel", r.sequenceAxis().label());
                }
                if (r.sequenceAxis().unit() != null) {
                    n.put("sequenceUnit", r.sequenceAxis().unit());
                }
            }
            ObjectNode fit = n.putObject("fit");
            r.settings().forEach(fit::put);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not format sweep.json", e);
        }
    }
}
