package org.evofit.core.refl.sample;

import org.evofit.core.param.Parameter;

/**
 * The instrument's quantities for polarised neutrons, each a parameter {@code <instrument>.<key>} such as
 * {@code inst.aguide}: the guide field's direction and strength at the sample and the efficiencies of the
 * polarising optics ({@link PolarisationEfficiency}).
 */
public enum PolarisationQuantity {

    /** Angle of the guide field from the surface normal (refl1d's aguide; 270: in the plane). */
    AGUIDE("aguide", "deg", "guide-field angle", 270, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
    /** Applied field at the sample, which splits the spin-flip channels (Zeeman). */
    FIELD("H", "T", "applied field", 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
    /** Fraction of the beam the polariser polarises +. */
    POLARISER("polariser", "", "polariser efficiency", 1, 0, 1),
    /** Probability that the analyser passes spin +. */
    ANALYSER("analyser", "", "analyser efficiency", 1, 0, 1),
    /** Probability that the first (incident-beam) flipper flips when on. */
    FLIPPER1("flipper1", "", "first flipper efficiency", 1, 0, 1),
    /** Probability that the second (reflected-beam) flipper flips when on. */
    FLIPPER2("flipper2", "", "second flipper efficiency", 1, 0, 1);

    private final String key;
    private final String unit;
    private final String meaning;
    private final double defaultValue;
    private final double least;
    private final double most;

    PolarisationQuantity(String key, String unit, String meaning, double defaultValue, double least, double most) {
        this.key = key;
        this.unit = unit;
        this.meaning = meaning;
        this.defaultValue = defaultValue;
        this.least = least;
        this.most = most;
    }

    /** The key in a model file's {@code polarisation:} and the suffix of the parameter name. */
    public String key() {
        return key;
    }

    /** The unit, as result files print it ({@code ""}: a probability). */
    public String unit() {
        return unit;
    }

    /** The value when a model file does not give it: a perfect instrument, the field in the plane, no field. */
    public double defaultValue() {
        return defaultValue;
    }

    /** The parameter name for the instrument called {@code instrument}, such as {@code inst.flipper1}. */
    public String parameterName(String instrument) {
        return instrument + "." + key;
    }

    /** The quantity with this key, or {@code null}. */
    public static PolarisationQuantity byKey(String key) {
        for (PolarisationQuantity q : values()) {
            if (q.key.equals(key)) {
                return q;
            }
        }
        return null;
    }

    /**
     * {@code p} refused when its value or a fitted one's bounds leave the quantity's range (an efficiency is
     * a probability).
     *
     * @throws IllegalArgumentException naming the quantity and the value or bound
     */
    public Parameter check(Parameter p) {
        boolean outside = p.value() < least || p.value() > most
                || p.fit() && (p.min() < least || p.max() > most);
        if (outside) {
            throw new IllegalArgumentException(meaning + " " + p.name() + " is a probability; expected a value"
                    + (p.fit() ? " and bounds" : "") + " from " + least + " to " + most + " but found " + p.value()
                    + (p.fit() ? " in [" + p.min() + ", " + p.max() + "]" : ""));
        }
        return p;
    }
}
