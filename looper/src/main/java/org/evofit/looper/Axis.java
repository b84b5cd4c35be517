package org.evofit.looper;

import java.util.List;
import org.evofit.wrapper.doc.Location;

/**
 * One parameter a sweep varies: the start values it takes, and where each was written, so that a
 * value a model cannot take is reported at its place in the sweep file.
 *
 * @param name     the parameter's name in the model files
 * @param values   the start values, in order
 * @param nameAt   where the parameter's name was written
 * @param valuesAt where each value was written (same size as values)
 */
public record Axis(String name, List<Double> values, Location nameAt, List<Location> valuesAt) {

    /** Copies the lists and checks they match. */
    public Axis {
        values = List.copyOf(values);
        valuesAt = List.copyOf(valuesAt);
        if (values.size() != valuesAt.size()) {
            throw new IllegalArgumentException("one location per value expected");
        }
    }
}
