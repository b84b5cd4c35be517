package org.evofit.looper;

import java.nio.file.Path;
import java.util.List;

/**
 * One data file of a {@code sequence:}, its sequence value (a temperature, a field, a time) and the
 * start values its run sets on top of the model file's (a GenX batch entry's own parameter table).
 *
 * @param file  the data file (absolute, normalised)
 * @param value the value the runs are ordered by
 * @param start parameter start values of this file's runs, each name once; empty: the model's values
 */
public record SequenceEntry(Path file, double value, List<StartValue> start) {

    /** Copies the start values. */
    public SequenceEntry {
        start = List.copyOf(start);
    }

    /** A file whose runs start from the model file's values. */
    public SequenceEntry(Path file, double value) {
        this(file, value, List.of());
    }
}
