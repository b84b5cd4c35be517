package org.evofit.core.refl.sample;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.evofit.core.materials.ComplexValue;
import org.evofit.core.materials.Composition;
import org.evofit.core.param.Parameter;

/**
 * One layer of a sample, holding its parameters (as refnx's {@code Slab} holds its thickness, SLD and
 * roughness). A layer is described either directly by its scattering length density ({@code sld},
 * {@code isld} in 1e-6 Å⁻²) or, as GenX does, by a density and a material: density {@code dens}
 * (formula units per Å³), X-ray scattering factor {@code f} (electrons per formula unit,
 * f = f1 − i·f2) and neutron scattering length {@code b} (fm). The material's composition (such as
 * {@code Fe} or {@code Mg + O}) gives the start values of f and b from the tables at the instrument's
 * wavelength.
 *
 * @param name       the layer's name, unique in the sample
 * @param kind       how the layer's scattering is given
 * @param material   the material for {@link Kind#MATERIAL} layers without explicit f and b, or
 *                   {@code null}; read once, where the model declares it
 * @param parameters one per quantity a layer of this kind has, in the order of
 *                   {@link LayerQuantity#of(Kind)}, each named by {@link LayerQuantity#parameterName}
 */
public record LayerSpec(String name, Kind kind, Composition material, List<Parameter> parameters) {

    /** How a layer's scattering is given. */
    public enum Kind {
        /** Directly by its scattering length density. */
        SLD,
        /** By density and material (GenX's dens, f, b). */
        MATERIAL
    }

    /**
     * Rejects a missing name or kind, parameters that are not this layer's quantities in order, and
     * parameters below their quantity's minimum ({@link LayerQuantity#check}): every way of making or
     * changing a layer comes through here.
     */
    public LayerSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        parameters = List.copyOf(parameters);
        List<LayerQuantity> quantities = LayerQuantity.of(kind);
        List<String> names = parameters.stream().map(Parameter::name).toList();
        List<String> expected = quantities.stream().map(q -> q.parameterName(name)).toList();
        if (!names.equals(expected)) {
            throw new IllegalArgumentException("layer " + name + ": expected the parameters " + expected
                    + " but got " + names);
        }
        for (int i = 0; i < quantities.size(); i++) {
            quantities.get(i).check(parameters.get(i), name);
        }
    }

    /**
     * A layer with the parameters {@code given}, every other quantity fixed at its default (f and b
     * from the material at the wavelength).
     *
     * @param material   the material's composition, or {@code null}
     * @param wavelength λ in Å, at which the composition gives f
     * @param xray       whether f is needed (X-rays); for neutrons only b is looked up, so a
     *                   wavelength outside the X-ray tables is no error
     * @param given      a quantity's parameter as set (named by {@link LayerQuantity#parameterName}),
     *                   or {@code null} for its default
     * @throws IllegalArgumentException for an element or wavelength the tables do not have
     */
    public static LayerSpec of(String name, Kind kind, Composition material, double wavelength, boolean xray,
                               Function<LayerQuantity, Parameter> given) {
        return seenBy(name, kind, material, xray ? wavelength : Double.NaN, !xray, given);
    }

    /**
     * A layer seen by X-rays, neutrons or both (a joint fit of X-ray and neutron data on one sample):
     * as {@link #of(String, Kind, Composition, double, boolean, Function)}, f looked up when
     * {@code xrayWavelength} is a number and b when {@code neutrons} is true, so that one density and
     * composition give both.
     *
     * @param xrayWavelength λ in Å of the X-rays that see the layer, or NaN when none do
     * @param neutrons       whether neutrons see the layer
     */
    public static LayerSpec seenBy(String name, Kind kind, Composition material, double xrayWavelength, boolean neutrons,
                               Function<LayerQuantity, Parameter> given) {
        ComplexValue f = ComplexValue.ZERO;
        ComplexValue b = ComplexValue.ZERO;
        if (material != null) {
            if (!Double.isNaN(xrayWavelength)) {
                f = material.f(xrayWavelength);
            }
            if (neutrons) {
                b = material.b();
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        for (LayerQuantity q : LayerQuantity.of(kind)) {
            Parameter p = given.apply(q);
            parameters.add(p != null ? p : q.fixed(name, q.defaultValue(f, b)));
        }
        return new LayerSpec(name, kind, material, parameters);
    }

    /** The material's composition as written, such as {@code Mg + O}, or {@code null}. */
    public String composition() {
        return material == null ? null : material.text();
    }

    /** The quantities this layer has, in the order of its parameters. */
    public List<LayerQuantity> quantities() {
        return LayerQuantity.of(kind);
    }

    /** The layer's parameter of {@code quantity}, or {@code null} when a layer of its kind has none. */
    public Parameter parameter(LayerQuantity quantity) {
        int i = quantities().indexOf(quantity);
        return i < 0 ? null : parameters.get(i);
    }

    /** The same layer with its parameters taken, in order, from {@code next}. */
    LayerSpec withParameters(Iterator<Parameter> next) {
        List<Parameter> taken = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            taken.add(next.next());
        }
        return new LayerSpec(name, kind, material, taken);
    }
}
