package org.evofit.core.refl.sample;

import java.util.Arrays;
import org.evofit.core.refl.instrument.GenxInstrument;

/**
 * An instrument's parameters ({@link InstrumentSpec}) bound to consecutive slots: reads each
 * quantity's current value from the slot values. The instrument's choices (probe, coordinates,
 * resolution and footprint modes, resolution points and range) are fixed.
 */
public final class InstrumentParameters {

    private final GenxInstrument template;
    private final int[] slots;

    /**
     * Binds an instrument's parameters to the slots from {@code first} on, in the order of
     * {@link InstrumentQuantity}.
     */
    public InstrumentParameters(GenxInstrument template, int first) {
        this.template = template;
        this.slots = Arrays.stream(InstrumentQuantity.values()).mapToInt(q -> first + q.ordinal()).toArray();
    }

    /** The instrument's fixed choices (probe, coordinates, modes); its numbers are the start values. */
    public GenxInstrument template() {
        return template;
    }

    /** Current wavelength, Å. */
    public double wavelength(double[] values) {
        return values[slots[InstrumentQuantity.WAVELENGTH.ordinal()]];
    }

    /** Current incident intensity (scale). */
    public double i0(double[] values) {
        return values[slots[InstrumentQuantity.I0.ordinal()]];
    }

    /** Current background. */
    public double ibkg(double[] values) {
        return values[slots[InstrumentQuantity.IBKG.ordinal()]];
    }

    /** Current 2θ offset, degrees. */
    public double tthoff(double[] values) {
        return values[slots[InstrumentQuantity.TTHOFF.ordinal()]];
    }

    /** Current resolution width (1 sigma, x units, or the factor of x in relative modes). */
    public double res(double[] values) {
        return values[slots[InstrumentQuantity.RES.ordinal()]];
    }

    /** Current beam width, mm. */
    public double beamw(double[] values) {
        return values[slots[InstrumentQuantity.BEAMW.ordinal()]];
    }

    /** Current sample length, mm. */
    public double samplelen(double[] values) {
        return values[slots[InstrumentQuantity.SAMPLELEN.ordinal()]];
    }

}
