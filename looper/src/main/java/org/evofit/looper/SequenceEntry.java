package org.evofit.looper;

import java.nio.file.Path;

/**
 * One data file of a {@code sequence:} and its sequence value (a temperature, a field, a time).
 *
 * @param file  the data file (absolute, normalised)
 * @param value the value the runs are ordered by
 */
public record SequenceEntry(Path file, double value) {
}
