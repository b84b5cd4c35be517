package org.evofit.core.refl.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.evofit.core.param.Minimum;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.GenxInstrument;

/**
 * The instrument of a reflectivity model, holding its parameters: its choices (probe, coordinates,
 * resolution and footprint modes, resolution points and range) and one parameter per
 * {@link InstrumentQuantity}, in that order.
 *
 * @param choices    the instrument's choices; its numbers are ignored (the parameters hold them)
 * @param parameters one per {@link InstrumentQuantity}, in its order, each named by
 *                   {@link InstrumentQuantity#parameterName(String)} of the instrument's name: {@code inst}
 *                   for a model's only instrument, the name a model file gives it where there are several
 */
public record InstrumentSpec(GenxInstrument choices, List<Parameter> parameters) {

    /**
     * Rejects parameters that are not the instrument's quantities in order, and values or fitted mins
     * below a quantity's minimum ({@link InstrumentQuantity#check}: a wavelength that is not positive, a
     * negative resolution, beam width or sample length).
     */
    public InstrumentSpec {
        Objects.requireNonNull(choices, "choices");
        parameters = List.copyOf(parameters);
        List<String> names = parameters.stream().map(Parameter::name).toList();
        String name = nameOf(names);
        List<String> expected = Arrays.stream(InstrumentQuantity.values()).map(q -> q.parameterName(name)).toList();
        if (!names.equals(expected)) {
            throw new IllegalArgumentException("instrument: expected the parameters " + expected + " but got " + names);
        }
        for (InstrumentQuantity q : InstrumentQuantity.values()) {
            q.check(parameters.get(q.ordinal()), name);
        }
        template(choices, parameters);
    }

    /**
     * An instrument with the parameters {@code given}, every other quantity fixed at its value on
     * {@code choices}.
     *
     * @param given a quantity's parameter as set, or {@code null}
     */
    public static InstrumentSpec of(GenxInstrument choices, Function<InstrumentQuantity, Parameter> given) {
        return of(InstrumentQuantity.DEFAULT_INSTRUMENT, choices, given);
    }

    /**
     * The instrument called {@code name} (its parameters are {@code name.<key>}) with the parameters
     * {@code given}, every other quantity fixed at its value on {@code choices}.
     *
     * @param given a quantity's parameter as set (named for this instrument), or {@code null}
     */
    public static InstrumentSpec of(String name, GenxInstrument choices,
                                    Function<InstrumentQuantity, Parameter> given) {
        List<Parameter> parameters = new ArrayList<>();
        for (InstrumentQuantity q : InstrumentQuantity.values()) {
            Parameter p = given.apply(q);
            parameters.add(p != null ? p : q.fixed(name, q.valueOf(choices)));
        }
        return new InstrumentSpec(choices, parameters);
    }

    /** The instrument's name, which its parameter names start with: {@code inst} for a model's only one. */
    public String name() {
        return nameOf(parameters.stream().map(Parameter::name).toList());
    }

    /** The instrument name that the first parameter's name ({@code name.wavelength}) starts with. */
    private static String nameOf(List<String> names) {
        String suffix = "." + InstrumentQuantity.values()[0].key();
        String first = names.isEmpty() ? "" : names.get(0);
        return first.endsWith(suffix) ? first.substring(0, first.length() - suffix.length())
                : InstrumentQuantity.DEFAULT_INSTRUMENT;
    }

    /**
     * The least value of each quantity that has one, by parameter name, after {@code sample}'s (the
     * sample's minimums, so that a model lists its minimums in the order of its parameters).
     */
    public Map<String, Minimum> minimumsAfter(Map<String, Minimum> sample) {
        Map<String, Minimum> out = new LinkedHashMap<>(sample);
        String name = name();
        for (InstrumentQuantity q : InstrumentQuantity.values()) {
            Minimum m = q.minimumOf(name);
            if (m != null) {
                out.put(q.parameterName(name), m);
            }
        }
        return out;
    }

    /**
     * {@code p} checked as its quantity checks this instrument's parameters ({@link InstrumentQuantity#check}),
     * so that a value set apart from the instrument, such as a model file's {@code parameters:}, is refused
     * where it is written. A parameter of no quantity of this instrument is returned as it is.
     *
     * @throws IllegalArgumentException naming the parameter, the quantity and the value or bound
     */
    public Parameter check(Parameter p) {
        String name = name();
        for (InstrumentQuantity q : InstrumentQuantity.values()) {
            if (q.parameterName(name).equals(p.name())) {
                return q.check(p, name);
            }
        }
        return p;
    }

    /** The parameter of {@code quantity}. */
    public Parameter parameter(InstrumentQuantity quantity) {
        return parameters.get(quantity.ordinal());
    }

    /** The instrument with its choices and its parameters' values as numbers. */
    public GenxInstrument template() {
        return template(choices, parameters);
    }

    private static GenxInstrument template(GenxInstrument choices, List<Parameter> parameters) {
        double[] v = parameters.stream().mapToDouble(Parameter::value).toArray();
        return new GenxInstrument(choices.probe(), v[InstrumentQuantity.WAVELENGTH.ordinal()], choices.coords(),
                v[InstrumentQuantity.I0.ordinal()], v[InstrumentQuantity.IBKG.ordinal()],
                v[InstrumentQuantity.TTHOFF.ordinal()], v[InstrumentQuantity.RES.ordinal()], choices.restype(),
                choices.respoints(), choices.resintrange(), v[InstrumentQuantity.BEAMW.ordinal()], choices.footype(),
                v[InstrumentQuantity.SAMPLELEN.ordinal()]);
    }

    /** The same instrument with its parameters taken, in order, from {@code next}. */
    InstrumentSpec withParameters(Iterator<Parameter> next) {
        List<Parameter> taken = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            taken.add(next.next());
        }
        return new InstrumentSpec(choices, taken);
    }
}
