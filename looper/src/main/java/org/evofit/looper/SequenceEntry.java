package org.evofit.looper;

import java.nio.file.Path;
import java.util.List;
import org.evofit.wrapper.doc.Location;

/**
 * One data file of a {@code sequence:}, its sequence value (a temperature, a field, a time), the
 * start values its run sets on top of the model file's (a GenX batch entry's own parameter table) and,
 * when the entry fits with other fit flags or bounds, the model file its runs use instead of the sweep's.
 *
 * @param file    the data file (absolute, normalised)
 * @param value   the value the runs are ordered by
 * @param start   parameter start values of this file's runs, each name once; empty: the model's values
 * @param model   the model file of this entry's runs (absolute, normalised), or null for the sweep's model
 * @param modelAt where the entry's {@code model:} was written, or null
 */
public record SequenceEntry(Path file, double value, List<StartValue> start, Path model, Location modelAt) {

    /** Copies the start values. */
    public SequenceEntry {
        start = List.copyOf(start);
    }

    /** A file whose runs use the sweep's model with the given start values. */
    public SequenceEntry(Path file, double value, List<StartValue> start) {
        this(file, value, start, null, null);
    }

    /** A file whose runs start from the model file's values. */
    public SequenceEntry(Path file, double value) {
        this(file, value, List.of());
    }
}
