package org.evofit.wrapper.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.sample.LayerSpec;

/**
 * One layer of a {@link ReflectivityBuilder}: either a material with a density ({@link #material},
 * {@link #dens}) or a scattering length density ({@link #sld}). Every quantity takes a fixed value,
 * or a start value with bounds, which marks it for fitting. Lengths are in Å, densities in formula
 * units per Å³, SLDs in 1e-6 Å⁻²; unset quantities keep the defaults a model file would give.
 */
public final class LayerBuilder {

    private final String name;
    private String composition;
    private boolean sld;
    private final Map<String, Parameter> quantities = new LinkedHashMap<>();

    LayerBuilder(String name) {
        this.name = name;
    }

    /** The layer's material, such as {@code Fe} or {@code Si + 2*O}; its f and b come from the tables. */
    public LayerBuilder material(String newComposition) {
        composition = newComposition;
        return this;
    }

    /** A layer given by its SLD instead of a material: real and imaginary parts, fixed. */
    public LayerBuilder sld(double re, double im) {
        sld = true;
        set("sld", re);
        return set("isld", im);
    }

    /** Fixed density. */
    public LayerBuilder dens(double value) {
        return set("dens", value);
    }

    /** Fitted density between {@code min} and {@code max}. */
    public LayerBuilder dens(double value, double min, double max) {
        return fit("dens", value, min, max);
    }

    /** Fixed thickness. */
    public LayerBuilder d(double value) {
        return set("d", value);
    }

    /** Fitted thickness between {@code min} and {@code max}. */
    public LayerBuilder d(double value, double min, double max) {
        return fit("d", value, min, max);
    }

    /** Fixed roughness of the layer's top interface. */
    public LayerBuilder sigma(double value) {
        return set("sigma", value);
    }

    /** Fitted roughness between {@code min} and {@code max}. */
    public LayerBuilder sigma(double value, double min, double max) {
        return fit("sigma", value, min, max);
    }

    private LayerBuilder set(String key, double value) {
        quantities.put(key, Parameter.fixed(name + "." + key, value));
        return this;
    }

    private LayerBuilder fit(String key, double value, double min, double max) {
        quantities.put(key, Parameter.fitted(name + "." + key, value, min, max));
        return this;
    }

    /** What the sample needs of this layer; rejects a material on an SLD layer, as a model file does. */
    LayerSpec spec() {
        if (!sld) {
            return LayerSpec.material(name, composition);
        }
        if (quantities.containsKey("dens") || composition != null) {
            throw new IllegalArgumentException("layer " + name + " is given by its SLD, so material and "
                    + "dens do not apply; expected either sld or material/dens");
        }
        return LayerSpec.sld(name);
    }

    /** The quantities set on this layer, replacing the sample's defaults. */
    Iterable<Parameter> parameters() {
        return quantities.values();
    }
}
