package org.evofit.looper;

import org.evofit.wrapper.doc.Location;

/**
 * One start value a {@code sequence:} entry gives a parameter ({@code start: {Fe.d: 52.3}}), and where
 * it was written, so that a name the model lacks or a value outside its bounds is reported at its
 * place in the sweep file.
 *
 * @param name    the parameter's name in the model files
 * @param value   the start value (finite)
 * @param nameAt  where the name was written
 * @param valueAt where the value was written
 */
public record StartValue(String name, double value, Location nameAt, Location valueAt) {
}
