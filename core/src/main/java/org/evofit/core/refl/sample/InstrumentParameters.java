package org.evofit.core.refl.sample;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.GenxInstrument;

/**
 * The instrument quantities that are parameters ({@link InstrumentQuantity}), bound to slots; the
 * instrument's choices (probe, coordinates, resolution and footprint modes, resolution points and
 * range) are fixed.
 */
public final class InstrumentParameters {

    /** Prefix of the instrument's parameter names. */
    public static final String PREFIX = InstrumentQuantity.PREFIX;

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

    /** The names of the instrument's parameters, in slot order. */
    public static List<String> names() {
        return Arrays.stream(InstrumentQuantity.values()).map(InstrumentQuantity::parameterName).toList();
    }

    /** The instrument's parameters with the template's values as start values. */
    public static List<Parameter> defaults(GenxInstrument inst) {
        return of(inst, q -> null);
    }

    /**
     * The instrument's parameters: those {@code given}, the others fixed at the template's values.
     *
     * @param given a quantity's parameter as set, or {@code null}
     */
    public static List<Parameter> of(GenxInstrument inst, Function<InstrumentQuantity, Parameter> given) {
        return Arrays.stream(InstrumentQuantity.values()).map(q -> {
            Parameter p = given.apply(q);
            return p != null ? p : Parameter.fixed(q.parameterName(), q.valueOf(inst));
        }).toList();
    }

    /**
     * An instrument with the choices (probe, coordinates, modes, resolution points and range) of
     * {@code choices} and the quantities {@code value} gives.
     */
    public static GenxInstrument template(GenxInstrument choices, ToDoubleFunction<InstrumentQuantity> value) {
        return new GenxInstrument(choices.probe(), value.applyAsDouble(InstrumentQuantity.WAVELENGTH), choices.coords(),
                value.applyAsDouble(InstrumentQuantity.I0), value.applyAsDouble(InstrumentQuantity.IBKG),
                value.applyAsDouble(InstrumentQuantity.TTHOFF), value.applyAsDouble(InstrumentQuantity.RES),
                choices.restype(), choices.respoints(), choices.resintrange(),
                value.applyAsDouble(InstrumentQuantity.BEAMW), choices.footype(),
                value.applyAsDouble(InstrumentQuantity.SAMPLELEN));
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
