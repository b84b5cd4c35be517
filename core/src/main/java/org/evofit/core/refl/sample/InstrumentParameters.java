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

    /** The instrument with the parameters' current values. */
    public GenxInstrument at(double[] values) {
        return new GenxInstrument(template.probe(), values[slots[0]], template.coords(), values[slots[1]],
                values[slots[2]], values[slots[3]], values[slots[4]], template.restype(), template.respoints(),
                template.resintrange(), values[slots[5]], template.footype(), values[slots[6]]);
    }
}
