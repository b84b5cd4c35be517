package org.evofit.wrapper.api;

import java.util.EnumMap;
import java.util.Map;
import org.evofit.core.materials.Composition;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.sample.LayerDensity;
import org.evofit.core.refl.sample.LayerMagnetism;
import org.evofit.core.refl.sample.LayerQuantity;
import org.evofit.core.refl.sample.LayerSpec;
import org.evofit.core.refl.sample.MagneticQuantity;

/**
 * One layer of a {@link ReflectivityBuilder}: either a material with a density ({@link #material},
 * {@link #dens}) or a scattering length density ({@link #sld}). Every quantity takes a fixed value,
 * or a start value with bounds, which marks it for fitting. Lengths are in Å, densities in formula
 * units per Å³, SLDs in 1e-6 Å⁻²; unset quantities keep the defaults a model file would give.
 *
 * <p>For polarised neutrons a layer may be magnetic: a magnetic SLD ({@link #sldm}) or a moment per
 * formula unit ({@link #moment}, which needs a material and its density) and the in-plane angle of the
 * magnetisation ({@link #thetaM}, degrees, {@value MagneticQuantity#DEFAULT_THETA_M} unless told). A
 * model with a magnetic layer is one of polarised neutrons ({@link ReflectivityBuilder#channel}).
 */
public final class LayerBuilder {

    private final String name;
    private String composition;
    private final Map<LayerQuantity, Parameter> quantities = new EnumMap<>(LayerQuantity.class);
    /** A density given in g/cm³, turned into dens once the material is known; null when none is. */
    private Parameter massDensity;
    /** The magnetisation's strength (Fe.sldm or Fe.moment) and angle; null where not given. */
    private Parameter strength;
    private Parameter thetaM;

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
        set(LayerQuantity.SLD, re);
        return set(LayerQuantity.ISLD, im);
    }

    /** Fixed density. */
    public LayerBuilder dens(double value) {
        return set(LayerQuantity.DENS, value);
    }

    /** Fitted density between {@code min} and {@code max}. */
    public LayerBuilder dens(double value, double min, double max) {
        return set(LayerQuantity.DENS, value, min, max);
    }

    /**
     * Fixed mass density in g/cm³, converted to {@code dens} with the material's molar mass
     * ({@link LayerDensity}); needs {@link #material} and refuses a value only formula units per Å³ could be.
     */
    public LayerBuilder density(double gramsPerCm3) {
        massDensity = LayerQuantity.DENS.fixed(name, gramsPerCm3);
        return this;
    }

    /** Fitted mass density in g/cm³ between {@code min} and {@code max}, converted as {@link #density(double)}. */
    public LayerBuilder density(double gramsPerCm3, double min, double max) {
        massDensity = LayerQuantity.DENS.fitted(name, gramsPerCm3, min, max);
        return this;
    }

    /** Fixed thickness. */
    public LayerBuilder d(double value) {
        return set(LayerQuantity.D, value);
    }

    /** Fitted thickness between {@code min} and {@code max}. */
    public LayerBuilder d(double value, double min, double max) {
        return set(LayerQuantity.D, value, min, max);
    }

    /** Fixed roughness of the layer's top interface. */
    public LayerBuilder sigma(double value) {
        return set(LayerQuantity.SIGMA, value);
    }

    /** Fitted roughness between {@code min} and {@code max}. */
    public LayerBuilder sigma(double value, double min, double max) {
        return set(LayerQuantity.SIGMA, value, min, max);
    }

    /** Fixed magnetic SLD, 1e-6 Å⁻²; replaces a moment given before. */
    public LayerBuilder sldm(double value) {
        strength = Parameter.fixed(MagneticQuantity.SLDM.parameterName(name), value);
        return this;
    }

    /** Fitted magnetic SLD between {@code min} and {@code max}; replaces a moment given before. */
    public LayerBuilder sldm(double value, double min, double max) {
        strength = Parameter.fitted(MagneticQuantity.SLDM.parameterName(name), value, min, max);
        return this;
    }

    /**
     * Fixed magnetic moment, μB per formula unit, which the layer's density turns into a magnetic SLD;
     * replaces an sldm given before.
     */
    public LayerBuilder moment(double value) {
        strength = Parameter.fixed(MagneticQuantity.MOMENT.parameterName(name), value);
        return this;
    }

    /** Fitted magnetic moment between {@code min} and {@code max}, as {@link #moment(double)}. */
    public LayerBuilder moment(double value, double min, double max) {
        strength = Parameter.fitted(MagneticQuantity.MOMENT.parameterName(name), value, min, max);
        return this;
    }

    /** Fixed in-plane angle of the magnetisation, degrees from the sample's x axis (refl1d's coordinates). */
    public LayerBuilder thetaM(double degrees) {
        thetaM = Parameter.fixed(MagneticQuantity.THETA_M.parameterName(name), degrees);
        return this;
    }

    /** Fitted in-plane angle of the magnetisation between {@code min} and {@code max} degrees. */
    public LayerBuilder thetaM(double degrees, double min, double max) {
        thetaM = Parameter.fitted(MagneticQuantity.THETA_M.parameterName(name), degrees, min, max);
        return this;
    }

    /**
     * The layer's magnetisation, as a model file reads it (strength 0 and angle
     * {@value MagneticQuantity#DEFAULT_THETA_M}° where not given), or {@code null} for a layer that is not magnetic.
     */
    LayerMagnetism magnetism() {
        if (strength == null && thetaM == null) {
            return null;
        }
        return new LayerMagnetism(name, strength != null ? strength
                : Parameter.fixed(MagneticQuantity.SLDM.parameterName(name), 0), thetaM != null ? thetaM
                : Parameter.fixed(MagneticQuantity.THETA_M.parameterName(name), MagneticQuantity.DEFAULT_THETA_M));
    }

    /** Any quantity of the layer ({@link LayerQuantity}), fixed. */
    public LayerBuilder set(LayerQuantity quantity, double value) {
        quantities.put(quantity, quantity.fixed(name, value));
        return this;
    }

    /** Any quantity of the layer ({@link LayerQuantity}), fitted between {@code min} and {@code max}. */
    public LayerBuilder set(LayerQuantity quantity, double value, double min, double max) {
        quantities.put(quantity, quantity.fitted(name, value, min, max));
        return this;
    }

    /**
     * The layer holding its parameters: each quantity as set, its default where not (f and b from
     * the material at the wavelength). Rejects a material on an SLD layer, as a model file does.
     */
    LayerSpec spec(double wavelength, boolean xray) {
        LayerSpec.Kind kind = quantities.keySet().stream().anyMatch(q -> q.applies() == LayerQuantity.Applies.SLD)
                ? LayerSpec.Kind.SLD : LayerSpec.Kind.MATERIAL;
        boolean foreign = quantities.keySet().stream().anyMatch(q -> !q.appliesTo(kind));
        if (kind == LayerSpec.Kind.SLD && (foreign || composition != null)) {
            throw new IllegalArgumentException("layer " + name + " is given by its SLD, so material and "
                    + "dens do not apply; expected either sld or material/dens");
        }
        Composition material = kind == LayerSpec.Kind.MATERIAL && composition != null
                ? Composition.parse(composition) : null;
        Map<LayerQuantity, Parameter> given = new EnumMap<>(quantities);
        if (massDensity != null) {
            if (material == null || quantities.containsKey(LayerQuantity.DENS)) {
                throw new IllegalArgumentException("layer " + name + ": a density in g/cm³ needs a material "
                        + "and no dens beside it");
            }
            given.put(LayerQuantity.DENS, LayerDensity.fromGramsPerCm3(name, massDensity, material));
        }
        return LayerSpec.of(name, kind, material, wavelength, xray, given::get);
    }
}
