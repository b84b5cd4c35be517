package org.evofit.wrapper.results;

import com.fasterxml.jackson.annotation.JsonFilter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.impl.SimpleBeanPropertyFilter;
import com.fasterxml.jackson.databind.ser.impl.SimpleFilterProvider;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sweep.json}: a sweep's expanded plan, every run's id and inputs in run order.
 *
 * @param runCount the number of runs
 * @param runs     the runs in run order
 */
@JsonPropertyOrder({"runCount", "runs"})
public record SweepJson(int runCount, List<Run> runs) {

    private static final ObjectWriter WRITER = JsonFiles.PLAIN.writer(
            new SimpleFilterProvider().addFilter(SequenceKeys.ID, new SequenceKeys()));

    /** An absent list reads as an empty one; copies the list. */
    public SweepJson {
        runs = runs == null ? List.of() : List.copyOf(runs);
    }

    /** The plan of {@code runs}. */
    public static SweepJson of(List<Run> runs) {
        return new SweepJson(runs.size(), runs);
    }

    /**
     * One run of the plan. The sequence keys are written only for a run of a {@code sequence:}, and the
     * label and unit only when something names them.
     *
     * @param id            the run's id
     * @param model         the model file
     * @param data          the data file replacing the model's first data set, or null
     * @param overrides     parameter start values by name
     * @param seed          the optimizer's seed
     * @param sequence      the run's sequence value, or null outside a sequence (then left out)
     * @param startFrom     the run whose values it starts from, or null (left out outside a sequence)
     * @param adjustBounds  whether bounds are re-centred (left out outside a sequence)
     * @param sequenceLabel what the sequence values are, or null (left out)
     * @param sequenceUnit  their unit, or null (left out)
     * @param fit           optimizer overrides by key
     * @param dataSets      each data set's file by its name, for a run of a per-data-set {@code data:} (left
     *                      out when empty)
     */
    @JsonFilter(SequenceKeys.ID)
    @JsonPropertyOrder({"id", "model", "data", "dataSets", "overrides", "seed", "sequence", "startFrom",
            "adjustBounds", "sequenceLabel", "sequenceUnit", "fit"})
    public record Run(String id, String model, String data, Map<String, Double> overrides, long seed,
                      Double sequence, String startFrom, boolean adjustBounds, String sequenceLabel,
                      String sequenceUnit, Map<String, String> fit, Map<String, String> dataSets) {

        /** Absent maps read as empty ones; copies them in their order. */
        public Run {
            overrides = copy(overrides);
            fit = copy(fit);
            dataSets = copy(dataSets);
        }

        /** A run whose data sets the sweep names no files for. */
        public Run(String id, String model, String data, Map<String, Double> overrides, long seed, Double sequence,
                   String startFrom, boolean adjustBounds, String sequenceLabel, String sequenceUnit,
                   Map<String, String> fit) {
            this(id, model, data, overrides, seed, sequence, startFrom, adjustBounds, sequenceLabel, sequenceUnit,
                    fit, Map.of());
        }

        private static <V> Map<String, V> copy(Map<String, V> map) {
            return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
    }

    /** The text of sweep.json. */
    public String format() {
        return JsonFiles.format(WRITER, this);
    }

    /**
     * Which keys a run writes: the sequence keys only for a run of a sequence (startFrom then even when
     * null), its label and unit only when named, its data sets only when the sweep names their files.
     */
    private static final class SequenceKeys extends SimpleBeanPropertyFilter {

        static final String ID = "sweepRunSequenceKeys";

        @Override
        public void serializeAsField(Object pojo, JsonGenerator gen, SerializerProvider provider,
                                     PropertyWriter writer) throws Exception {
            Run r = (Run) pojo;
            boolean write = switch (writer.getName()) {
                case "sequence", "startFrom", "adjustBounds" -> r.sequence() != null;
                case "sequenceLabel" -> r.sequence() != null && r.sequenceLabel() != null;
                case "sequenceUnit" -> r.sequence() != null && r.sequenceUnit() != null;
                case "dataSets" -> !r.dataSets().isEmpty();
                default -> true;
            };
            if (write) {
                writer.serializeAsField(pojo, gen, provider);
            }
        }
    }

    /** Reads sweep.json. */
    public static SweepJson read(Path file) {
        return JsonFiles.read(JsonFiles.PLAIN, file, SweepJson.class);
    }
}
