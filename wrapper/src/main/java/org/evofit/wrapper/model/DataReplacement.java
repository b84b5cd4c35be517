package org.evofit.wrapper.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which data files a model is loaded with instead of those its data entries name: none, the first data
 * set's (a sweep's plain {@code data:} list), or any data sets' by their names (a sweep's per-data-set
 * {@code data:} of a joint model). Each replaced data set keeps its columns, range, sample and instrument;
 * only the file differs.
 *
 * @param first  replaces the first data set's file, or {@code null}
 * @param byName replaces the file of the data set of each name, in the order given
 */
public record DataReplacement(Path first, Map<String, Path> byName) {

    /** Every data set read from its own file. */
    public static final DataReplacement NONE = new DataReplacement(null, Map.of());

    /** Copies the map in its order; refuses both forms at once, which would leave the first data set's file unclear. */
    public DataReplacement {
        byName = byName == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        if (first != null && !byName.isEmpty()) {
            throw new IllegalArgumentException("data files replace the first data set or data sets by name, not both");
        }
    }

    /** The first data set read from {@code file} ({@code null}: none replaced). */
    public static DataReplacement first(Path file) {
        return new DataReplacement(file, Map.of());
    }

    /** The data sets of these names read from these files. */
    public static DataReplacement byName(Map<String, Path> files) {
        return new DataReplacement(null, files);
    }

    /** Whether nothing is replaced. */
    public boolean isNone() {
        return first == null && byName.isEmpty();
    }

    /**
     * The file the data set at {@code index} called {@code name} is read from.
     *
     * @param named the file its entry names
     */
    public Path fileOf(int index, String name, Path named) {
        if (byName.containsKey(name)) {
            return byName.get(name);
        }
        return index == 0 && first != null ? first : named;
    }
}
