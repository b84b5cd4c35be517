package org.evofit.core.refl.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.evofit.core.materials.ComplexValue;
import org.evofit.core.materials.Composition;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.GenxInstrument;

/**
 * The parameters a sample declares, with their start values: every layer's quantities
 * ({@link LayerQuantity}, f and b from the layer's composition at the wavelength) and the repetitions
 * of every stack. All start fixed and unbounded; a model file sets values, bounds and fit flags.
 */
public final class SampleParameters {

    private SampleParameters() {
    }

    /** Parameter names of a layer, in the order {@link #defaults} lists them. */
    public static List<String> names(LayerSpec layer) {
        return LayerQuantity.of(layer.kind()).stream().map(q -> q.parameterName(layer.name())).toList();
    }

    /**
     * Parameter names of the sample in the order {@link #of} lists them and {@link SampleLayout}
     * binds them: each layer's quantities, then each stack's repetitions.
     */
    public static List<String> names(SampleSpec sample) {
        List<String> names = new ArrayList<>();
        sample.layers().values().forEach(layer -> names.addAll(names(layer)));
        sample.stacks().forEach(stack -> names.add(repetitions(stack)));
        return names;
    }

    /** The repetitions parameter of a stack. */
    public static String repetitions(StackSpec stack) {
        return stack.repetitionsName();
    }

    /**
     * Every parameter of the sample with its start value.
     *
     * @param wavelength λ in Å, at which compositions give f
     * @param xray       whether f is needed (X-rays); for neutrons only b is looked up, so a
     *                   wavelength outside the X-ray tables is no error
     * @throws IllegalArgumentException for an element or wavelength the tables do not have
     */
    public static List<Parameter> defaults(SampleSpec sample, double wavelength, boolean xray) {
        return of(sample, wavelength, xray, (layer, q) -> null, stack -> null);
    }

    /**
     * Every parameter of the sample: those {@code given} (a model file or builder sets them), the
     * others at their defaults. Layers first, each quantity in {@link LayerQuantity} order, then the
     * stacks' repetitions.
     *
     * @param given            a layer quantity's parameter as set, or {@code null} for its default
     * @param givenRepetitions a stack's repetitions as set, or {@code null} for the stack's start value
     * @throws IllegalArgumentException for an element or wavelength the tables do not have
     */
    public static List<Parameter> of(SampleSpec sample, double wavelength, boolean xray,
                                     BiFunction<LayerSpec, LayerQuantity, Parameter> given,
                                     Function<StackSpec, Parameter> givenRepetitions) {
        List<Parameter> out = new ArrayList<>();
        for (LayerSpec layer : sample.layers().values()) {
            out.addAll(layer(layer, wavelength, xray, q -> given.apply(layer, q)));
        }
        for (StackSpec stack : sample.stacks()) {
            Parameter p = givenRepetitions.apply(stack);
            out.add(p != null ? p : Parameter.fixed(repetitions(stack), stack.repetitions()));
        }
        return out;
    }

    /**
     * The parameters of one layer: those {@code given}, the others at their defaults (f and b from
     * its material at the wavelength).
     *
     * @throws IllegalArgumentException for an element or wavelength the tables do not have
     */
    public static List<Parameter> layer(LayerSpec layer, double wavelength, boolean xray,
                                        Function<LayerQuantity, Parameter> given) {
        ComplexValue f = ComplexValue.ZERO;
        ComplexValue b = ComplexValue.ZERO;
        Composition c = layer.material();
        if (c != null) {
            if (xray) {
                f = c.f(wavelength);
            } else {
                b = c.b();
            }
        }
        List<Parameter> out = new ArrayList<>();
        for (LayerQuantity q : LayerQuantity.of(layer.kind())) {
            Parameter p = given.apply(q);
            out.add(p != null ? p : Parameter.fixed(q.parameterName(layer.name()), q.defaultValue(f, b)));
        }
        return out;
    }

    /**
     * The unit of every layer and instrument parameter of a reflectivity model, by parameter name
     * ({@code ""} for dimensionless ones such as a stack's repetitions).
     *
     * @param relativeResolution whether the resolution is a factor of x (then it has no unit)
     */
    public static Map<String, String> units(SampleSpec sample, GenxInstrument instrument,
                                            boolean relativeResolution) {
        Map<String, String> units = new LinkedHashMap<>();
        for (LayerSpec layer : sample.layers().values()) {
            for (LayerQuantity q : LayerQuantity.of(layer.kind())) {
                units.put(q.parameterName(layer.name()), q.unit());
            }
        }
        for (StackSpec stack : sample.stacks()) {
            units.put(repetitions(stack), "");
        }
        for (InstrumentQuantity q : InstrumentQuantity.values()) {
            units.put(q.parameterName(), q.unit(instrument.coords(), relativeResolution));
        }
        return units;
    }
}
