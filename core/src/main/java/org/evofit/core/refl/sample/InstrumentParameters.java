package org.evofit.core.refl.sample;

import java.util.List;
import java.util.function.ToIntFunction;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.GenxInstrument;

/**
 * The instrument quantities that are parameters (so they can be fitted or coupled), named
 * {@code inst.wavelength}, {@code inst.I0}, {@code inst.Ibkg}, {@code inst.tthoff}, {@code inst.res},
 * {@code inst.beamw} and {@code inst.samplelen}; the instrument's choices (probe, coordinates,
 * resolution and footprint modes, resolution points and range) are fixed.
 */
public final class InstrumentParameters {

    /** Prefix of the instrument's parameter names. */
    public static final String PREFIX = "inst.";
    private static final List<String> NAMES = List.of("wavelength", "I0", "Ibkg", "tthoff", "res", "beamw",
            "samplelen");

    private final GenxInstrument template;
    private final int[] slots;

    /** Binds an instrument's parameters to slots. */
    public InstrumentParameters(GenxInstrument template, ToIntFunction<String> slotOf) {
        this.template = template;
        this.slots = NAMES.stream().mapToInt(n -> {
            int s = slotOf.applyAsInt(PREFIX + n);
            if (s < 0) {
                throw new IllegalArgumentException("no slot for instrument parameter " + PREFIX + n);
            }
            return s;
        }).toArray();
    }

    /** The instrument's parameters with the template's values as start values. */
    public static List<Parameter> defaults(GenxInstrument inst) {
        double[] v = {inst.wavelength(), inst.i0(), inst.ibkg(), inst.tthoff(), inst.resSigma(), inst.beamw(),
                inst.samplelen()};
        return java.util.stream.IntStream.range(0, NAMES.size())
                .mapToObj(i -> Parameter.fixed(PREFIX + NAMES.get(i), v[i])).toList();
    }

    /** The instrument's fixed choices (probe, coordinates, modes); its numbers are the start values. */
    public GenxInstrument template() {
        return template;
    }

    /** Current wavelength, Å. */
    public double wavelength(double[] values) {
        return values[slots[0]];
    }

    /** Current incident intensity (scale). */
    public double i0(double[] values) {
        return values[slots[1]];
    }

    /** Current background. */
    public double ibkg(double[] values) {
        return values[slots[2]];
    }

    /** Current 2θ offset, degrees. */
    public double tthoff(double[] values) {
        return values[slots[3]];
    }

    /** Current resolution width (1 sigma, x units, or the factor of x in relative modes). */
    public double res(double[] values) {
        return values[slots[4]];
    }

    /** Current beam width, mm. */
    public double beamw(double[] values) {
        return values[slots[5]];
    }

    /** Current sample length, mm. */
    public double samplelen(double[] values) {
        return values[slots[6]];
    }

}
