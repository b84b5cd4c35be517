package org.evofit.core.refl.sample;

import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.Probe;

/**
 * What a {@link Doublet} changes in the sample at its second wavelength: each material layer's X-ray
 * scattering factor moves by the tables' f(λ2) − f(λ1), λ1 being the instrument's wavelength as the
 * model starts (where the layers' f were looked up). Computed once per model, so an evaluation adds
 * two numbers per layer and allocates nothing.
 */
final class DoubletShift {

    private DoubletShift() {
    }

    /**
     * Refuses a doublet where it has no meaning yet: for neutrons (one wavelength per point), with x in
     * Q (each wavelength sees its own Q at one angle, so x would have to be an angle) and with evofit's
     * accurate resolution (its smearing plan is made for one set of Q).
     */
    static void check(InstrumentSpec instrument, AccurateResolution accurate) {
        if (instrument.choices().probe() != Probe.XRAY) {
            throw new IllegalArgumentException("a doublet (two wavelengths) is for X-ray sources, not '"
                    + instrument.choices().probe().genxName() + "'");
        }
        if (instrument.choices().coords() != Coordinates.TWO_THETA) {
            throw new IllegalArgumentException("a doublet needs x in 2θ (coords: tth): the two wavelengths reach"
                    + " different Q at the same angle");
        }
        if (accurate != null) {
            throw new IllegalArgumentException("a doublet takes GenX's resolution modes, not evofit's accurate '"
                    + accurate.fileName() + "'");
        }
    }

    /**
     * The shifts {re, im} the second wavelength sees, {@code instrumentShift} (when given) added, once
     * {@link #check} passed; {null, null} without a doublet.
     */
    static double[][] total(SampleSpec sample, InstrumentSpec instrument, AccurateResolution accurate,
                            Doublet doublet, double[][] instrumentShift) {
        if (doublet == null) {
            return new double[2][];
        }
        check(instrument, accurate);
        double[][] shift = of(sample, instrument, doublet);
        for (int i = 0; instrumentShift != null && i < shift[0].length; i++) {
            shift[0][i] += instrumentShift[0][i];
            shift[1][i] += instrumentShift[1][i];
        }
        return shift;
    }

    /** The shifts {re, im}, one per distinct layer in the order of {@link SampleSpec#layers()}. */
    static double[][] of(SampleSpec sample, InstrumentSpec instrument, Doublet doublet) {
        int n = sample.layers().size();
        double first = instrument.parameter(InstrumentQuantity.WAVELENGTH).value();
        double[][] shift = doublet.fPerWavelength() ? MaterialShift.of(sample, first, doublet.wavelength()) : null;
        return shift != null ? shift : new double[][] {new double[n], new double[n]};
    }
}
