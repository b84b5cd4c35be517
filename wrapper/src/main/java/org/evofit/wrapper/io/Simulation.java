package org.evofit.wrapper.io;

import java.util.List;

/**
 * A simulation as written: the CSV text and, per curve, the points where the model is not finite
 * (written as NaN or Infinity, never dropped), which the caller must report.
 *
 * @param csv       the CSV text
 * @param nonFinite the curves with non-finite model values, in the order written
 */
public record Simulation(String csv, List<NonFiniteModel> nonFinite) {

    /** Copies the list. */
    public Simulation {
        nonFinite = List.copyOf(nonFinite);
    }
}
