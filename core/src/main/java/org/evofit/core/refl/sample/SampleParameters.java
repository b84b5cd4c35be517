package org.evofit.core.refl.sample;

import java.util.ArrayList;
import java.util.List;
import org.evofit.core.materials.ComplexValue;
import org.evofit.core.materials.Composition;
import org.evofit.core.param.Parameter;

/**
 * The parameters a sample declares, with their start values: thickness and roughness of every
 * layer, its SLD or its density, f and b (f and b from the layer's composition at the wavelength),
 * and the repetitions of every stack. All start fixed and unbounded; a model file sets values,
 * bounds and fit flags.
 */
public final class SampleParameters {

    private SampleParameters() {
    }

    /** Parameter names of a layer, in the order {@link #defaults} lists them. */
    public static List<String> names(LayerSpec layer) {
        String n = layer.name() + ".";
        return layer.kind() == LayerSpec.Kind.SLD
                ? List.of(n + "d", n + "sigma", n + "sld", n + "isld")
                : List.of(n + "d", n + "sigma", n + "dens", n + "f_re", n + "f_im", n + "b_re", n + "b_im");
    }

    /** The repetitions parameter of a stack. */
    public static String repetitions(StackSpec stack) {
        return stack.name() + ".repetitions";
    }

    /**
     * Every parameter of the sample with its start value.
     *
     * @param wavelength λ in Å, at which compositions give f
     * @param xray       whether f is needed (X-rays); for neutrons only b is looked up, so a
     *                   wavelength outside the X-ray tables is no error
     * @throws IllegalArgumentException for a malformed composition or an element or wavelength the
     *                                  tables do not have
     */
    public static List<Parameter> defaults(SampleSpec sample, double wavelength, boolean xray) {
        List<Parameter> out = new ArrayList<>();
        for (LayerSpec layer : sample.layers().values()) {
            List<String> names = names(layer);
            out.add(Parameter.fixed(names.get(0), 0));
            out.add(Parameter.fixed(names.get(1), 0));
            if (layer.kind() == LayerSpec.Kind.SLD) {
                out.add(Parameter.fixed(names.get(2), 0));
                out.add(Parameter.fixed(names.get(3), 0));
            } else {
                ComplexValue f = ComplexValue.ZERO;
                ComplexValue b = ComplexValue.ZERO;
                if (layer.composition() != null) {
                    Composition c = Composition.parse(layer.composition());
                    if (xray) {
                        f = c.f(wavelength);
                    } else {
                        b = c.b();
                    }
                }
                out.add(Parameter.fixed(names.get(2), 1));
                out.add(Parameter.fixed(names.get(3), f.re()));
                out.add(Parameter.fixed(names.get(4), f.im()));
                out.add(Parameter.fixed(names.get(5), b.re()));
                out.add(Parameter.fixed(names.get(6), b.im()));
            }
        }
        for (StackSpec stack : sample.stacks()) {
            out.add(Parameter.fixed(repetitions(stack), stack.repetitions()));
        }
        return out;
    }
}
