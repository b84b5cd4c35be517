package org.evofit.core.refl.sample;

import java.util.Objects;
import org.evofit.core.materials.Composition;

/**
 * What a model declares for one layer, before slots exist. A layer is described either directly by
 * its scattering length density ({@code sld}, {@code isld} in 1e-6 Å⁻²) or, as GenX does, by a density
 * and a material: density {@code dens} (formula units per Å³), X-ray scattering factor {@code f}
 * (electrons per formula unit, f = f1 − i·f2) and neutron scattering length {@code b} (fm). The
 * material's composition (such as {@code Fe} or {@code Mg + O}) gives the start values of f and b
 * from the tables at the instrument's wavelength.
 *
 * <p>Parameters of a layer named L: {@code L.d} (Å), {@code L.sigma} (Å, roughness of the layer's
 * top interface); SLD layers add {@code L.sld}, {@code L.isld}; material layers add {@code L.dens},
 * {@code L.f_re}, {@code L.f_im}, {@code L.b_re}, {@code L.b_im}.
 *
 * @param name        the layer's name, unique in the sample
 * @param kind        how the layer's scattering is given
 * @param material the material for {@link Kind#MATERIAL} layers without explicit f and b, or
 *                 {@code null}; read once, where the model declares it
 */
public record LayerSpec(String name, Kind kind, Composition material) {

    /** How a layer's scattering is given. */
    public enum Kind {
        /** Directly by its scattering length density. */
        SLD,
        /** By density and material (GenX's dens, f, b). */
        MATERIAL
    }

    /** Rejects a missing name or kind. */
    public LayerSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** A layer given by its SLD. */
    public static LayerSpec sld(String name) {
        return new LayerSpec(name, Kind.SLD, null);
    }

    /**
     * A layer of a material (GenX's parametrisation); composition may be null.
     *
     * @throws IllegalArgumentException for a malformed composition
     */
    public static LayerSpec material(String name, String composition) {
        return new LayerSpec(name, Kind.MATERIAL, composition == null ? null : Composition.parse(composition));
    }

    /** The material's composition as written, such as {@code Mg + O}, or {@code null}. */
    public String composition() {
        return material == null ? null : material.text();
    }
}
