package org.evofit.looper;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.evofit.wrapper.model.DataReplacement;

/**
 * One fit of a sweep, everything needed to run it anywhere.
 *
 * @param id           stable id: a hash of the inputs' contents (see {@link RunIds}), also the name
 *                     of the run's directory
 * @param model        the model file (absolute)
 * @param data         the file replacing the model's first data set (absolute), or {@code null}
 * @param overrides    parameter start values, by parameter name
 * @param seed         the optimizer's seed
 * @param settings     optimizer overrides ({@link FitOverrides} keys to canonical text)
 * @param sequence     the run's value in a {@code sequence:} (a temperature, say), or {@code null}
 * @param startFrom    id of the run whose fitted values this run starts from (the previous run of a
 *                     chained sequence), or {@code null}; it must end before this run starts
 * @param adjustBounds whether bounds are re-centred around the values taken from {@code startFrom}
 * @param sequenceAxis what {@code sequence} is (quantity and unit), for reports only: it is not part
 *                     of the id, so naming a sequence's unit later re-runs nothing
 * @param dataSets     the files (absolute) replacing the data sets of these names (a joint model's, from
 *                     a sweep's per-data-set {@code data:}), in the sweep's order; empty for none. Never
 *                     together with {@code data}
 */
public record RunSpec(String id, Path model, Path data, SortedMap<String, Double> overrides, long seed,
                      SortedMap<String, String> settings, Double sequence, String startFrom,
                      boolean adjustBounds, SequenceAxis sequenceAxis, Map<String, Path> dataSets) {

    /** Copies the maps, sorted so that equal runs print and hash alike (the data sets in their order). */
    public RunSpec {
        sequenceAxis = sequenceAxis == null ? SequenceAxis.UNKNOWN : sequenceAxis;
        overrides = Collections.unmodifiableSortedMap(new TreeMap<>(overrides));
        settings = Collections.unmodifiableSortedMap(new TreeMap<>(settings));
        dataSets = dataSets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(dataSets));
        if (data != null && !dataSets.isEmpty()) {
            throw new IllegalArgumentException("run " + id + " replaces its first data set and data sets by name;"
                    + " expected one or the other");
        }
    }

    /** A run whose data sets the sweep names no files for. */
    public RunSpec(String id, Path model, Path data, SortedMap<String, Double> overrides, long seed,
                   SortedMap<String, String> settings, Double sequence, String startFrom, boolean adjustBounds,
                   SequenceAxis sequenceAxis) {
        this(id, model, data, overrides, seed, settings, sequence, startFrom, adjustBounds, sequenceAxis, Map.of());
    }

    /** The data files the run reads instead of the model's own. */
    public DataReplacement replacement() {
        return dataSets.isEmpty() ? DataReplacement.first(data) : DataReplacement.byName(dataSets);
    }

    /** A run whose sequence value, if any, nothing names. */
    public RunSpec(String id, Path model, Path data, SortedMap<String, Double> overrides, long seed,
                   SortedMap<String, String> settings, Double sequence, String startFrom, boolean adjustBounds) {
        this(id, model, data, overrides, seed, settings, sequence, startFrom, adjustBounds, SequenceAxis.UNKNOWN);
    }

    /** A run outside any sequence. */
    public RunSpec(String id, Path model, Path data, SortedMap<String, Double> overrides, long seed,
                   SortedMap<String, String> settings) {
        this(id, model, data, overrides, seed, settings, null, null, false, SequenceAxis.UNKNOWN);
    }
}
