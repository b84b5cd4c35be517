package org.evofit.wrapper.data;

/**
 * What the model's instrument takes x to be, for a curve whose file says otherwise.
 *
 * @param axis       the instrument's coordinate: {@link XAxis#Q} or {@link XAxis#TWO_THETA}
 * @param wavelength the instrument's wavelength in ångström (the conversion's fallback when the file
 *                   states none), NaN when unknown
 */
public record ModelAxis(XAxis axis, double wavelength) {
}
