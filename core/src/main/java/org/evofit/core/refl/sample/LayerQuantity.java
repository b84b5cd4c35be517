package org.evofit.core.refl.sample;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.evofit.core.materials.ComplexValue;
import org.evofit.core.param.Minimum;
import org.evofit.core.param.Parameter;

/**
 * The quantities of a layer: the one place that names them, gives their units, defaults and meanings,
 * and says which kind of layer has them. The model file reader and writer, the GenX importer, the API
 * builders, the units in result files and the kernel's binding ({@link SampleLayout}) all derive from
 * this table, so a new layer quantity is one constant here plus its use in the kernel.
 *
 * <p>A quantity of layer {@code L} is the parameter {@code L.<key>}, for example {@code Fe.d}.
 */
public enum LayerQuantity {

    /** Thickness. */
    D("d", "Å", "thickness", Applies.EVERY, true, "d", 0, (f, b) -> 0),
    /** Roughness of the layer's top interface (Névot–Croce). */
    SIGMA("sigma", "Å", "roughness of the layer's top interface", Applies.EVERY, true, "sigma", 0, (f, b) -> 0),
    /** Real part of the scattering length density. */
    SLD("sld", "1e-6/Å²", "scattering length density, real part", Applies.SLD, true, null, (f, b) -> 0),
    /** Imaginary part of the scattering length density (positive for absorption). */
    ISLD("isld", "1e-6/Å²", "scattering length density, imaginary part (absorption)", Applies.SLD, false, null,
            (f, b) -> 0),
    /** Density of the material. */
    DENS("dens", "1/Å³", "density in formula units per Å³", Applies.MATERIAL, true, "dens", 0, (f, b) -> 1),
    /** X-ray scattering factor, real part (f1). */
    F_RE("f_re", "e", "X-ray scattering factor per formula unit, real part", Applies.MATERIAL, false, null,
            (f, b) -> f.re()),
    /** X-ray scattering factor, imaginary part (−f2). */
    F_IM("f_im", "e", "X-ray scattering factor per formula unit, imaginary part", Applies.MATERIAL, false, null,
            (f, b) -> f.im()),
    /** Neutron scattering length, real part. */
    B_RE("b_re", "fm", "neutron scattering length per formula unit, real part", Applies.MATERIAL, false, null,
            (f, b) -> b.re()),
    /** Neutron scattering length, imaginary part. */
    B_IM("b_im", "fm", "neutron scattering length per formula unit, imaginary part", Applies.MATERIAL, false,
            null, (f, b) -> b.im());

    /** Which layers have a quantity. */
    public enum Applies {
        /** Every layer. */
        EVERY,
        /** Layers given by their SLD ({@link LayerSpec.Kind#SLD}). */
        SLD,
        /** Layers given by a material ({@link LayerSpec.Kind#MATERIAL}). */
        MATERIAL;

        /** Whether a layer of this kind has the quantity. */
        boolean includes(LayerSpec.Kind kind) {
            return this == EVERY || (this == SLD) == (kind == LayerSpec.Kind.SLD);
        }
    }

    private final String key;
    private final String unit;
    private final String meaning;
    private final Applies applies;
    private final boolean alwaysWritten;
    private final String genxName;
    private final double minimum;
    private final ToDoubleBiFunction<ComplexValue, ComplexValue> defaultValue;

    /** A quantity that may take any value. */
    LayerQuantity(String key, String unit, String meaning, Applies applies, boolean alwaysWritten, String genxName,
                  ToDoubleBiFunction<ComplexValue, ComplexValue> defaultValue) {
        this(key, unit, meaning, applies, alwaysWritten, genxName, Double.NEGATIVE_INFINITY, defaultValue);
    }

    /** A quantity that cannot be less than {@code minimum} (a thickness cannot be negative). */
    LayerQuantity(String key, String unit, String meaning, Applies applies, boolean alwaysWritten, String genxName,
                  double minimum, ToDoubleBiFunction<ComplexValue, ComplexValue> defaultValue) {
        this.key = key;
        this.unit = unit;
        this.meaning = meaning;
        this.applies = applies;
        this.alwaysWritten = alwaysWritten;
        this.genxName = genxName;
        this.minimum = minimum;
        this.defaultValue = defaultValue;
    }

    /** The key in model files and the suffix of the parameter name, such as {@code d}. */
    public String key() {
        return key;
    }

    /** The unit, as result files and reports print it ({@code ""} when dimensionless). */
    public String unit() {
        return unit;
    }

    /** What the quantity is, in a few words. */
    public String meaning() {
        return meaning;
    }

    /** Which layers have it. */
    public Applies applies() {
        return applies;
    }

    /** Whether a model file always writes it (a layer reads poorly without it), or only when not the default. */
    public boolean alwaysWritten() {
        return alwaysWritten;
    }

    /** The keyword of GenX's {@code model.Layer(...)} that gives it directly, or {@code null}. */
    public String genxName() {
        return genxName;
    }

    /** The least value the quantity can take ({@code -inf}: any), for its value and a fitted one's min. */
    public double minimum() {
        return minimum;
    }

    /**
     * The parameter of this quantity of the layer called {@code layer}, refused below the
     * quantity's {@link #minimum()}. Every layer checks its parameters this way ({@link LayerSpec}),
     * whether a model file, the API's builders or a changed start value or bound made them.
     *
     * @throws IllegalArgumentException naming the layer, the quantity and the value or bound
     */
    public Parameter check(Parameter p, String layer) {
        Minimum least = minimumOf(layer);
        return p.requireAtLeast(least.value(), least.what());
    }

    /** The least value of this quantity of the layer called {@code layer}, saying what it is. */
    public Minimum minimumOf(String layer) {
        return new Minimum(minimum, meaning + ", layer " + layer);
    }

    /**
     * The start value a layer gets when nothing sets it.
     *
     * @param f the material's X-ray scattering factor at the wavelength (zero without a material)
     * @param b the material's neutron scattering length (zero without a material)
     */
    public double defaultValue(ComplexValue f, ComplexValue b) {
        return defaultValue.applyAsDouble(f, b);
    }

    /** The parameter name of this quantity of the layer called {@code layer}, such as {@code Fe.d}. */
    public String parameterName(String layer) {
        return layer + "." + key;
    }

    /** This quantity of the layer called {@code layer} as a fixed, unbounded parameter. */
    public Parameter fixed(String layer, double value) {
        return Parameter.fixed(parameterName(layer), value);
    }

    /** This quantity of the layer called {@code layer} as a parameter fitted between {@code min} and {@code max}. */
    public Parameter fitted(String layer, double value, double min, double max) {
        return Parameter.fitted(parameterName(layer), value, min, max);
    }

    /** Whether a layer of this kind has the quantity. */
    public boolean appliesTo(LayerSpec.Kind kind) {
        return applies.includes(kind);
    }

    /** The quantities of a layer of this kind, in the order its parameters are listed. */
    public static List<LayerQuantity> of(LayerSpec.Kind kind) {
        return Arrays.stream(values()).filter(q -> q.appliesTo(kind)).toList();
    }

    /** The quantity with this key, or {@code null}. */
    public static LayerQuantity byKey(String key) {
        for (LayerQuantity q : values()) {
            if (q.key.equals(key)) {
                return q;
            }
        }
        return null;
    }

    /** The quantity GenX's {@code model.Layer} keyword gives directly, or {@code null}. */
    public static LayerQuantity byGenxName(String name) {
        for (LayerQuantity q : values()) {
            if (name.equals(q.genxName)) {
                return q;
            }
        }
        return null;
    }
}
